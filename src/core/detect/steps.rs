//! Detection a piece at a time, for a page that must stay responsive while it runs: the shared
//! index, each rule, and each slice of the users of a rule that judges users one at a time
//! ([`super::rule::Rule::SLICED`]) are separate steps, and the caller may yield between them.
//! The analysis is exactly [`super::analyse_with`]'s (which is this, run to the end).

use std::sync::Arc;

use super::{
    Analysis, DetectConfig, RuleId,
    ctx::{Building, Ctx, Index},
    finish_keys, rank_order, ranked_by,
    rule::{Carry, Out, Reads},
};
use crate::core::{model::Dataset, sigma::RuleSet};

/// What one [`Stepped::step`] did.
#[derive(Debug)]
pub enum Step {
    /// Indexed some sign-ins (`done` of `of`) or ran one of the passes after them.
    Indexing { done: usize, of: usize },
    /// Built the shared index.
    Index,
    /// Judged a slice of a rule's subjects: `done` of `of`.
    Slice { rule: RuleId, done: usize, of: usize },
    /// Finished a rule.
    Rule(RuleId),
    /// Put the findings in order (the ranking's first half; the next step moves them).
    Ranking,
    /// Ranked the findings: the analysis.
    Done(Analysis),
}

/// A detection run the caller drives with [`Stepped::step`] over the same data each time.
pub struct Stepped {
    cfg: Arc<DetectConfig>,
    /// A slice of a sliced rule ends once its subjects have at least this many sign-ins.
    slice_rows: usize,
    ix: Option<Index>,
    building: Option<Building>,
    /// Sign-ins, audit events and files of the data the index was built over.
    shape: (usize, usize, usize),
    out: Out,
    /// The rule running (its position in [`RuleId::ALL`]).
    next: usize,
    /// The next subject of a sliced rule (0: the rule has not begun).
    subject: usize,
    /// A preparing rule ([`super::rule::Rule::PREPARES`]) finished its first pass.
    prepared: bool,
    carry: Carry,
    /// Findings whose keys were made unique (before the first rule that reads findings).
    keys_done: Option<usize>,
    /// The findings' order once every rule ran (see [`rank_order`]).
    order: Option<Vec<u32>>,
    finished: bool,
}

impl Stepped {
    /// A run with `cfg`; the users of a sliced rule are judged about `slice_rows` sign-ins at a
    /// time (`usize::MAX`: the whole rule in one step).
    pub fn new(cfg: DetectConfig, slice_rows: usize) -> Self {
        Stepped {
            cfg: Arc::new(cfg),
            slice_rows: slice_rows.max(1),
            ix: None,
            building: None,
            shape: (0, 0, 0),
            out: Out::default(),
            next: 0,
            subject: 0,
            prepared: false,
            carry: Carry::default(),
            keys_done: None,
            order: None,
            finished: false,
        }
    }

    /// Rules run so far, of [`RuleId::ALL`] (for a progress line).
    pub fn progress(&self) -> (usize, usize) {
        (self.next.min(RuleId::ALL.len()), RuleId::ALL.len())
    }

    /// Does the next piece of work. `ds` and `sigma` must be those of the earlier steps; when
    /// the data's size changed in between, the run starts over (its first step builds the index
    /// again). After [`Step::Done`] the next step starts a new run.
    pub fn step(&mut self, ds: &Dataset, sigma: Option<&RuleSet>) -> Step {
        let shape = (ds.signins.table.len(), ds.audits.table.len(), ds.files.len());
        let cfg = self.cfg.clone();
        let ix = match self.ix.take() {
            Some(ix) if shape == self.shape && !self.finished => ix,
            _ => return self.build(ds, &cfg, shape),
        };
        let cx = Ctx::from_index(ds, &cfg, sigma, ix);
        let step = self.advance(&cx);
        self.ix = Some(cx.into_index());
        step
    }

    /// A step of building the index (a new run when there is none for data of this shape).
    fn build(&mut self, ds: &Dataset, cfg: &Arc<DetectConfig>, shape: (usize, usize, usize)) -> Step {
        let mut building = match self.building.take() {
            Some(b) if shape == self.shape => b,
            _ => {
                *self = Stepped::new(DetectConfig::clone(cfg), self.slice_rows);
                self.shape = shape;
                Building::new(ds, cfg)
            }
        };
        match building.step(ds, cfg, self.slice_rows) {
            Some(ix) => {
                self.ix = Some(ix);
                Step::Index
            }
            None => {
                let (done, of) = building.rows_done(ds);
                self.building = Some(building);
                Step::Indexing { done, of }
            }
        }
    }

    fn advance(&mut self, cx: &Ctx) -> Step {
        let Some(&id) = RuleId::ALL.get(self.next) else {
            // Ranked in two steps (ordering, then moving the findings): each is about as long as
            // a rule.
            let Some(order) = self.order.take() else {
                // Keys start with their rule's id: those made after the first pass only repeat
                // one another.
                let from = self.keys_done.unwrap_or(0).min(self.out.findings.len());
                finish_keys(&mut self.out.findings[from..]);
                self.order = Some(rank_order(&self.out.findings));
                return Step::Ranking;
            };
            self.finished = true;
            return Step::Done(ranked_by(std::mem::take(&mut self.out), &order));
        };
        let d = id.detector();
        if d.meta().reads == Reads::Findings && self.keys_done.is_none() {
            finish_keys(&mut self.out.findings);
            self.keys_done = Some(self.out.findings.len());
        }
        if !d.sliced() {
            d.run(cx, &mut self.out);
            self.next += 1;
            return Step::Rule(id);
        }
        if self.subject == 0 && !self.prepared {
            d.begin(cx, &mut self.out);
        }
        let of = cx.subjects.len();
        let start = self.subject.min(of);
        let (mut end, mut rows) = (start, 0usize);
        while end < of && rows < self.slice_rows {
            rows += cx.subjects[end].rows.len().max(1);
            end += 1;
        }
        // A preparing rule passes over every subject first (half its progress), then judges.
        let two = d.prepares();
        if two && !self.prepared {
            d.prepare_slice(cx, &mut self.carry, start..end);
            (self.subject, self.prepared) = if end < of { (end, false) } else { (0, true) };
            return Step::Slice { rule: id, done: end / 2, of };
        }
        d.run_slice(cx, &mut self.out, &mut self.carry, start..end);
        self.subject = end;
        if end < of {
            return Step::Slice { rule: id, done: if two { (of + end) / 2 } else { end }, of };
        }
        d.end(cx, &mut self.out, &mut self.carry);
        self.next += 1;
        (self.subject, self.carry, self.prepared) = (0, Carry::default(), false);
        Step::Rule(id)
    }
}

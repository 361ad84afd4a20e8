//! Offline geography: country outlines, country and city coordinates, distances.
//!
//! Data (public domain, Natural Earth via the `world-atlas` npm package and Natural Earth
//! populated places; see the README's data notes), compiled in:
//! - `countries.tsv`: ISO 3166-1 alpha-2 code, English name, a representative point, and
//!   the outline as an SVG path in an equirectangular 360 × 180 box
//!   (`x = lon + 180`, `y = 90 − lat`);
//! - `cities.tsv`: ~23,900 cities with coordinates, for logs that give a location only as
//!   "City, State, CC" (the portal's CSV has no coordinates): ~1,500 larger ones from Natural
//!   Earth, and every other place of 15,000 people or more from GeoNames (the most populous of
//!   each country and name). Entra names the place its IP geolocation gives, often a suburb or a
//!   town (Mississauga, Ashburn, Randers): placed only by its country, a sign-in in Canada sat
//!   at the country's middle, 2,000 km from Toronto, and a crew's hop to New York was too fast;
//! - `city_aliases.tsv`: local names of cities the gazetteer holds under their English name
//!   (Den Haag → The Hague, Oostende → Ostend, München → Munich; the cities' official names).
//!
//! No IP address is ever looked up anywhere: positions come from the log's own
//! coordinates, else its city/country names via these tables.

use std::sync::LazyLock;

/// A country.
#[derive(Clone, Debug)]
pub struct Country {
    pub iso2: &'static str,
    pub name: &'static str,
    pub lat: f64,
    pub lon: f64,
    /// Outline in the 360 × 180 equirectangular box.
    pub path: &'static str,
}

static COUNTRIES_TSV: &str = include_str!("countries.tsv");
static CITIES_TSV: &str = include_str!("cities.tsv");
static CITY_ALIASES_TSV: &str = include_str!("city_aliases.tsv");

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    COUNTRIES_TSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut c = l.split('\t');
            Some(Country {
                iso2: c.next()?,
                name: c.next()?,
                lat: c.next()?.parse().ok()?,
                lon: c.next()?.parse().ok()?,
                path: c.next()?,
            })
        })
        .collect()
});

/// (iso2, folded city name, lat, lon), sorted by iso2 then name.
static CITIES: LazyLock<Vec<(&'static str, String, f64, f64)>> = LazyLock::new(|| {
    let mut v: Vec<_> = CITIES_TSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut c = l.split('\t');
            let iso2 = c.next()?;
            let city = fold(c.next()?);
            Some((iso2, city, c.next()?.parse().ok()?, c.next()?.parse().ok()?))
        })
        .collect();
    v.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    // A city's local name where the gazetteer holds its English one (Den Haag, The Hague): the
    // place of the name it stands for.
    let aliases: Vec<_> = CITY_ALIASES_TSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut c = l.split('\t');
            let (iso2, alias, name) = (c.next()?, fold(c.next()?), fold(c.next()?));
            let i = v.binary_search_by(|x| (x.0, x.1.as_str()).cmp(&(iso2, name.as_str()))).ok()?;
            Some((iso2, alias, v[i].2, v[i].3))
        })
        .collect();
    v.extend(aliases);
    v.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    v.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    v
});

/// Lower-cases and strips accents and punctuation, for matching city names.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            let c = match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
                'ç' | 'Ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
                'ñ' | 'Ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
                'ý' | 'ÿ' | 'Ý' => 'y',
                'ß' | 'ș' | 'ş' | 'š' | 'ś' | 'Ș' | 'Ş' | 'Š' | 'Ś' => 's',
                'ț' | 'ţ' | 'Ț' | 'Ţ' => 't',
                'ł' | 'Ł' => 'l',
                'č' | 'ć' | 'Č' | 'Ć' => 'c',
                'ř' | 'Ř' => 'r',
                'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => 'z',
                'ě' | 'ę' | 'Ě' | 'Ę' => 'e',
                'ą' | 'ă' | 'Ą' | 'Ă' => 'a',
                'ő' | 'Ő' => 'o',
                'ű' | 'ů' | 'Ű' | 'Ů' => 'u',
                'ń' | 'ň' | 'Ń' | 'Ň' => 'n',
                c => c,
            };
            c.is_alphanumeric().then(|| c.to_ascii_lowercase())
        })
        .collect()
}

/// Every country, sorted by code.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

/// A country by its two-letter code (any case).
pub fn country(iso2: &str) -> Option<&'static Country> {
    let code = iso2.trim();
    COUNTRIES.binary_search_by(|c| c.iso2.cmp(code.to_ascii_uppercase().as_str())).ok().map(|i| &COUNTRIES[i])
}

/// The country's English name, or the code itself when unknown.
pub fn country_name(iso2: &str) -> &str {
    country(iso2).map_or(iso2, |c| c.name)
}

/// Coordinates of a city in a country, if the gazetteer knows it.
pub fn city(iso2: &str, name: &str) -> Option<(f64, f64)> {
    let code = iso2.trim().to_ascii_uppercase();
    let key = fold(name);
    if key.is_empty() {
        return None;
    }
    CITIES
        .binary_search_by(|c| (c.0, c.1.as_str()).cmp(&(code.as_str(), key.as_str())))
        .ok()
        .map(|i| (CITIES[i].2, CITIES[i].3))
}

/// How precisely a position is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// The country's representative point.
    Country,
    /// A city from the gazetteer.
    City,
    /// Coordinates given by the log itself.
    Exact,
}

/// The best position for a sign-in: its own coordinates, else the city, else the country.
pub fn locate(lat: f32, lon: f32, city_name: &str, iso2: &str) -> Option<(f64, f64, Precision)> {
    if lat.is_finite() && lon.is_finite() && !(lat == 0.0 && lon == 0.0) {
        return Some((lat as f64, lon as f64, Precision::Exact));
    }
    if let Some((la, lo)) = city(iso2, city_name) {
        return Some((la, lo, Precision::City));
    }
    country(iso2).map(|c| (c.lat, c.lon, Precision::Country))
}

/// Great-circle distance in km (haversine, mean Earth radius).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// Equirectangular projection into a `width_px` × `height_px` box (origin top-left).
pub fn screen_from_lonlat(lon: f64, lat: f64, width_px: f64, height_px: f64) -> (f64, f64) {
    ((lon + 180.0) / 360.0 * width_px, (90.0 - lat) / 180.0 * height_px)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_and_cities_load() {
        assert!(countries().len() > 200);
        assert_eq!(country("us").map(|c| c.name), Some("United States"));
        assert_eq!(country_name("KP"), "North Korea");
        assert_eq!(country_name("ZZ"), "ZZ");
        let (lat, lon) = city("GB", "london").unwrap();
        assert!((lat - 51.5).abs() < 0.5 && lon.abs() < 0.5);
        assert!(city("BR", "São Paulo").is_some());
        assert!(city("US", "Nowhere Town").is_none());
        // Local names stand for the gazetteer's English ones.
        assert_eq!(city("NL", "Den Haag"), city("NL", "The Hague"));
        assert!(city("NL", "Den Haag").is_some());
        assert_eq!(city("BE", "Oostende"), city("BE", "Ostend"));
        assert_eq!(city("IT", "Milano"), city("IT", "Milan"));
        // Letters with a comma or a cedilla fold alike: Bucureşti, București, Bucuresti.
        assert!(city("RO", "Bucureşti").is_some() && city("RO", "Bucureşti") == city("RO", "Bucuresti"));
        assert_eq!(city("PL", "Łódź"), city("PL", "Lodz"));
    }

    #[test]
    fn distances_and_positions() {
        let seattle = (47.61, -122.33);
        let lagos = (6.52, 3.38);
        let d = distance_km(seattle, lagos);
        assert!((11_500.0..12_500.0).contains(&d), "{d}");
        assert_eq!(locate(f32::NAN, f32::NAN, "Lagos", "NG").map(|l| l.2), Some(Precision::City));
        assert_eq!(locate(0.0, 0.0, "", "NG").map(|l| l.2), Some(Precision::Country));
        assert_eq!(locate(6.5, 3.4, "", "").map(|l| l.2), Some(Precision::Exact));
        assert!(locate(f32::NAN, f32::NAN, "", "").is_none());
    }
}

// Given names and surnames for a Canadian airline's workforce (and its partners abroad).
export const FIRST = `Liam Olivia Noah Emma William Charlotte Benjamin Amelia Lucas Sophia Jack Ava Thomas Chloe Ethan Emily
James Abigail Logan Mia Nathan Zoe Samuel Ella Owen Lily Jacob Hannah Alexander Grace Daniel Avery Gabriel Nora Matthew Leah
Mathis Florence Felix Alice Raphael Juliette Antoine Camille Etienne Gabrielle Olivier Rosalie Maxime Beatrice Julien Laurence
Arjun Priya Rohan Ananya Harpreet Simran Gurpreet Navdeep Rajesh Deepa Vikram Kavya Amit Neha Sanjay Pooja
Wei Mei Jun Xin Hao Ling Kevin Jenny Tony Karen Ming Yan Chen Hui Daniel Grace
Ji-ho Min-jun Seo-yeon Hyun-woo Hiroshi Yuki Kenji Aiko Takeshi Sakura
Mohammed Fatima Omar Aisha Ali Layla Hassan Mariam Yusuf Noor Ahmed Sara
Carlos Sofia Diego Valentina Mateo Isabella Javier Camila Luis Gabriela Andres Lucia
Kwame Ama Chidi Ngozi Tunde Efua Kofi Adaeze Emeka Abena
Siobhan Declan Niamh Padraig Aoife Ciaran Fiona Callum Isla Euan
Marco Giulia Luca Francesca Stefan Anna Lukas Lena Piotr Katarzyna Jan Eva Mikhail Olga Andrei Irina
Ryan Megan Tyler Jessica Brandon Ashley Justin Stephanie Kyle Nicole Derek Melissa Scott Rebecca Shawn Tara`.split(/\s+/);

export const LAST = `Smith Brown Tremblay Martin Roy Wilson MacDonald Gagnon Johnson Taylor Campbell Anderson Leblanc Lee Cote Bouchard
Gauthier Morin Lavoie Fortin Gagne Ouellet Pelletier Belanger Levesque Bergeron Leclerc Girard Caron Beaulieu Cloutier Dube
Singh Patel Sharma Gill Sandhu Dhillon Grewal Sidhu Kaur Brar Khan Ahmed Hussain Malik Qureshi Chaudhry
Wong Chan Li Zhang Wang Liu Chen Nguyen Tran Le Pham Kim Park Choi Tanaka Suzuki Sato Watanabe Ito
Rodriguez Garcia Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Silva Santos Oliveira Costa
Okafor Mensah Asante Adeyemi Boateng Owusu Nwosu Eze Okonkwo Darko
Murphy Kelly OBrien Byrne Ryan Walsh Doyle McCarthy Fraser Stewart Ross Murray Reid Grant Robertson
Kowalski Nowak Novak Horvat Rossi Russo Ferrari Muller Schmidt Fischer Weber Ivanov Petrov Popescu Andersen Larsen
Thompson White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker Adams Nelson Hill Mitchell Carter Roberts
Phillips Evans Turner Parker Collins Edwards Stewart Morris Rogers Cook Morgan Cooper Peterson Bailey Reed Howard Cox Ward`.split(/\s+/);

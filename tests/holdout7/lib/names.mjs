// Given and family names by region, for a company hiring in ~25 countries.
export const GIVEN = {
  en: ['James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Mia', 'Lucas', 'Harper', 'Mason', 'Ella', 'Logan', 'Grace', 'Owen', 'Chloe', 'Caleb', 'Nora', 'Ryan', 'Zoe', 'Daniel', 'Hannah', 'Jack', 'Ruby', 'Samuel', 'Isla', 'Connor', 'Aoife', 'Sean', 'Niamh', 'Priya', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley'],
  es: ['Alejandro', 'Lucia', 'Mateo', 'Sofia', 'Diego', 'Valentina', 'Pablo', 'Camila', 'Javier', 'Martina', 'Andres', 'Paula', 'Santiago', 'Daniela', 'Carlos', 'Mariana', 'Nicolas', 'Gabriela', 'Sergio', 'Elena'],
  pt: ['Joao', 'Beatriz', 'Tiago', 'Ines', 'Rafael', 'Mariana', 'Pedro', 'Larissa', 'Gustavo', 'Carolina', 'Bruno', 'Leticia', 'Rodrigo', 'Fernanda', 'Miguel', 'Ana'],
  de: ['Lukas', 'Lena', 'Felix', 'Anna', 'Jonas', 'Laura', 'Maximilian', 'Sophie', 'Tobias', 'Julia', 'Niklas', 'Marie', 'Stefan', 'Katrin', 'Jan', 'Lotte', 'Sven', 'Ingrid', 'Erik', 'Astrid'],
  fr: ['Louis', 'Camille', 'Hugo', 'Manon', 'Theo', 'Chloe', 'Antoine', 'Lea', 'Julien', 'Claire', 'Mathieu', 'Amelie'],
  pl: ['Jakub', 'Zofia', 'Kacper', 'Maja', 'Piotr', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Michal', 'Aleksandra', 'Andrei', 'Ioana', 'Mihai', 'Elena', 'Radu', 'Irina', 'Bogdan', 'Oana'],
  in: ['Aarav', 'Ananya', 'Vihaan', 'Diya', 'Arjun', 'Isha', 'Rohan', 'Kavya', 'Aditya', 'Sneha', 'Karthik', 'Meera', 'Rahul', 'Pooja', 'Siddharth', 'Nisha'],
  ap: ['Hiroshi', 'Yuki', 'Kenji', 'Aiko', 'Wei', 'Mei', 'Jun', 'Li', 'Miguel', 'Maria', 'Jose', 'Angelica', 'Tane', 'Aroha', 'Jia', 'Ravi', 'Nguyen', 'Linh'],
  af: ['Thabo', 'Naledi', 'Sipho', 'Zanele', 'Wanjiru', 'Kamau', 'Achieng', 'Otieno', 'Amara', 'Chidi', 'Ngozi', 'Tunde'],
};
export const FAMILY = {
  en: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Murphy', 'Kelly', 'Byrne', 'Walsh', 'OConnor', 'Patel', 'Khan', 'Chen', 'Nguyen'],
  es: ['Garcia', 'Martinez', 'Lopez', 'Sanchez', 'Perez', 'Gomez', 'Fernandez', 'Ruiz', 'Diaz', 'Moreno', 'Alvarez', 'Romero', 'Torres', 'Navarro', 'Ramirez', 'Vargas', 'Castro', 'Herrera', 'Jimenez', 'Rojas', 'Mendoza', 'Ortega'],
  pt: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Almeida', 'Carvalho', 'Ribeiro', 'Gomes', 'Lima', 'Araujo', 'Barbosa'],
  de: ['Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'deVries', 'Jansen', 'Bakker', 'Visser', 'Lindqvist', 'Johansson', 'Berg', 'Nilsson'],
  fr: ['Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garnier'],
  pl: ['Nowak', 'Kowalski', 'Wisniewski', 'Wojcik', 'Kowalczyk', 'Kaminski', 'Lewandowski', 'Zielinski', 'Popescu', 'Ionescu', 'Popa', 'Stan', 'Dumitru', 'Constantin', 'Marin', 'Tudor'],
  in: ['Sharma', 'Verma', 'Gupta', 'Iyer', 'Reddy', 'Nair', 'Menon', 'Rao', 'Kulkarni', 'Desai', 'Joshi', 'Mehta', 'Bhat', 'Pillai', 'Krishnan', 'Agarwal'],
  ap: ['Tanaka', 'Sato', 'Suzuki', 'Watanabe', 'Lim', 'Tan', 'Ng', 'Wong', 'Reyes', 'Santos', 'Cruz', 'Bautista', 'Ngata', 'Parata', 'Tran', 'Pham', 'Le'],
  af: ['Nkosi', 'Dlamini', 'Mokoena', 'Ndlovu', 'Mwangi', 'Otieno', 'Kariuki', 'Wanjiku', 'Okafor', 'Adeyemi', 'Eze', 'Balogun'],
};
export const REGION_OF = {
  US: 'en', CA: 'en', GB: 'en', IE: 'en', AU: 'en', NZ: 'en', MX: 'es', AR: 'es', CO: 'es', ES: 'es', BR: 'pt', PT: 'pt',
  DE: 'de', NL: 'de', SE: 'de', AT: 'de', CH: 'de', FR: 'fr', PL: 'pl', RO: 'pl', IN: 'in', PH: 'ap', SG: 'ap', JP: 'ap', ZA: 'af', KE: 'af',
};

// Given names and surnames for the tenant's people (AU/NZ, Philippines, India), used in deterministic draws.
export const AU_GIVEN = `Olivia Charlotte Amelia Isla Mia Ava Grace Chloe Sophie Emily Ruby Zoe Lily Harper Ella Matilda Evie Willow Georgia Lucy
Jessica Sarah Hannah Emma Kate Rebecca Laura Michelle Nicole Rachel Megan Natalie Claire Amy Kirsty Lauren Alison Fiona Joanne Anna
Jack Oliver William Noah Thomas James Lucas Henry Charlie Leo Ethan Liam Samuel Harrison Max Hudson Archie Oscar Isaac Hugh
Daniel Matthew Andrew David Michael Benjamin Joshua Ryan Nathan Luke Adam Mark Timothy Christopher Patrick Simon Stephen Paul Peter Gregory
Wei Jun Mei Xin Yan Hui Ling Jia Hao Ming Kevin Vivian Jason Cindy Eric Tiffany Vincent Winnie Dennis Karen
Minh Linh Thao Duc Tuan Huong Quang Trang Anh Bao Priya Rahul Anjali Arjun Deepa Vikram Neha Sanjay Kavya Rohan
Giulia Marco Sofia Luca Elena Nikolaos Eleni Georgios Dimitra Kostas Fatima Omar Layla Ahmed Rania Karim Yusuf Zara Hassan Nour
Tama Aroha Wiremu Mere Hemi Anahera Rawiri Kiri Tane Ngaio Sione Mele Losa Tevita Ana Malia Iosefa Lupe Filipo Salote
Min-jun Ji-woo Seo-yeon Hyun-woo Yuki Haruto Sakura Kenji Aiko Daichi Siobhan Ciaran Niamh Declan Aoife Fergus Isobel Callum Eilidh Rory`.split(/\s+/);

export const AU_SURNAME = `Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen Thomas Walker Harris Lee Ryan Robinson Kelly King
Davis Wright Evans Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mitchell Turner Campbell Morris Cooper Ward
Murphy O'Brien O'Connor Sullivan McDonald Fraser Stewart Ross Henderson Graham Kennedy Reid Hughes Edwards Baker Hill Scott Young Allen Moore
Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Lin Tan Lim Ng Wong Cheung Chan Ho Leung Kwan
Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Sharma Singh Gupta Kumar Reddy Iyer Menon Nair Rao Joshi
Rossi Russo Romano Ferrari Esposito Bianchi Papadopoulos Nikolaidis Georgiou Konstantinou Haddad Khoury Nasser Saleh Aziz Rahman Hussain Ali Malik Shah
Ngata Te Whare Parata Tipene Walker-Ngata Tuhiwai Rangi Horomona Matiu Kereama Fonoti Tuilagi Fifita Vaifale Leota Soliai Tupou Faleolo Taufa Pouono
Kim Park Choi Jung Kang Tanaka Sato Suzuki Watanabe Yamamoto Gallagher Byrne Doyle Quinn Brennan Duffy Fitzgerald McKenzie MacLeod Buchanan
Harrow Ashby Bramwell Calloway Dunmore Everton Fairley Gillard Hartigan Iverson Jardine Kingsley Lockhart Merrick Norwood Oakes Pemberton Radcliffe Sinclair Templeton`.split(/\s+/);

export const PH_GIVEN = `Maria Jose Juan Mark John Michael Angelica Kristine Jennifer Mary Grace Joy Rowena Arnel Rodel Jericho Mariel Princess Bea Camille
Carlo Paolo Miguel Gabriel Rafael Joshua Christian Jerome Rhea Aileen Liezl Marites Jonalyn Analyn Ronaldo Renato Reynaldo Ramil Edgardo Leonora
Patricia Katrina Danica Czarina Hazel Jasmine Kimberly Shiela Roselle Marivic`.split(/\s+/);
export const PH_SURNAME = `Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Castro Rivera Aquino Navarro
Salazar Mercado Dela Cruz De Leon Gonzales Soriano Pascual Manalo Dizon Agustin Valdez Lopez Domingo Fernandez Santiago Gutierrez Javier Padilla`.split(/\s+/);

export const IN_GIVEN = `Priya Lakshmi Divya Kavitha Sneha Pooja Ramya Shruti Meera Anusha Swathi Nandini Harini Deepika Bhavana
Karthik Suresh Ramesh Arun Vijay Praveen Naveen Manoj Srinivas Raghav Kiran Prakash Harish Ganesh Venkatesh Mahesh Sandeep Abhishek Varun Aditya`.split(/\s+/);
export const IN_SURNAME = `Rao Reddy Iyer Iyengar Nair Menon Pillai Shetty Hegde Gowda Kumar Krishnan Subramanian Raghavan Natarajan Murthy Prasad Bhat Kamath Srinivasan`.split(/\s+/);

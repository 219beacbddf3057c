package org.minutebook.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A council's invented people: an officer in each role at any time (officers come and go, so a name
 * spans some years of the archive) and the councillors who sit on its committees.
 *
 * @param officers each role's holders, in order of appointment
 * @param councillors surnames of the councillors, as minutes name them ("Councillor Okafor")
 */
record People(Map<Role, List<Tenure>> officers, List<String> councillors) {
  static final int FIRST_YEAR = 2006;
  static final int LAST_YEAR = 2025;
  private static final int COUNCILLORS = 36;
  private static final int MIN_TENURE = 3;
  private static final int MAX_TENURE = 9;

  private static final String[] FIRST_NAMES = {
    "Helen", "David", "Sarah", "James", "Rachel", "Andrew", "Claire", "Mark", "Joanne", "Paul",
    "Amanda", "Stephen", "Nicola", "Richard", "Louise", "Simon", "Karen", "Gareth", "Fiona", "Neil",
    "Priya", "Tariq", "Aisha", "Imran", "Grace", "Tom", "Eleanor", "Marcus", "Bethan", "Rhys",
    "Sinead", "Declan", "Hannah", "Oliver", "Ruth", "Graham", "Yvonne", "Kwame", "Deborah", "Colin",
    "Lucy", "Martin", "Catherine", "Anil", "Jasmine", "Keith", "Alison", "Femi", "Julie", "Ian"
  };

  private static final String[] SURNAMES = {
    "Marsh",
    "Hollis",
    "Pembridge",
    "Okafor",
    "Thwaite",
    "Ramsden",
    "Castell",
    "Whitlow",
    "Akhtar",
    "Fairbairn",
    "Grieve",
    "Hargreaves",
    "Lindqvist",
    "Mallory",
    "Nuttall",
    "Oduya",
    "Prentice",
    "Quayle",
    "Rowntree",
    "Sandford",
    "Tennant",
    "Underwood",
    "Vickers",
    "Wardle",
    "Yardley",
    "Ashdown",
    "Blackmore",
    "Calloway",
    "Dunstan",
    "Ellery",
    "Farrant",
    "Gowland",
    "Hebden",
    "Ingram",
    "Jessop",
    "Kershaw",
    "Lomax",
    "Merriman",
    "Nolan",
    "Osei",
    "Pickering",
    "Redfern",
    "Staniforth",
    "Tolley",
    "Varga",
    "Whitcombe",
    "Bannerjee",
    "Chaudhry",
    "Devlin",
    "Eastwood",
    "Fenwick",
    "Greenhalgh",
    "Holroyd",
    "Iqbal",
    "Jagger",
    "Kowalski",
    "Lightfoot",
    "Moorcroft",
    "Nwosu",
    "Outhwaite",
    "Patel",
    "Rahman",
    "Sutcliffe",
    "Thornber",
    "Uddin",
    "Verity",
    "Wilde",
    "Ackroyd",
    "Brierley",
    "Cropper",
    "Duckworth",
    "Entwistle",
    "Foulds",
    "Gledhill",
    "Haworth"
  };

  /** An officer's time in a role. */
  record Tenure(int from, String name) {}

  /** Invents a council's people. */
  static People invent(RandomGenerator rng) {
    Map<Role, List<Tenure>> officers = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      officers.put(role, tenures(rng));
    }
    Set<String> councillors = new LinkedHashSet<>();
    while (councillors.size() < COUNCILLORS) {
      councillors.add(pick(rng, SURNAMES));
    }
    return new People(officers, List.copyOf(councillors));
  }

  private static List<Tenure> tenures(RandomGenerator rng) {
    List<Tenure> tenures = new ArrayList<>();
    int year = FIRST_YEAR - rng.nextInt(MAX_TENURE);
    while (year <= LAST_YEAR) {
      tenures.add(new Tenure(year, pick(rng, FIRST_NAMES) + " " + pick(rng, SURNAMES)));
      year += MIN_TENURE + rng.nextInt(MAX_TENURE - MIN_TENURE + 1);
    }
    return List.copyOf(tenures);
  }

  /** Who held {@code role} in {@code year}. */
  String officer(Role role, int year) {
    String name = null;
    for (Tenure tenure : officers.get(role)) {
      if (tenure.from() > year) {
        break;
      }
      name = tenure.name();
    }
    return name;
  }

  static String pick(RandomGenerator rng, String[] options) {
    return options[rng.nextInt(options.length)];
  }
}

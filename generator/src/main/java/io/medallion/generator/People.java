package io.medallion.generator;

import java.util.List;

/**
 * Invented people, every pairing of a first and a last name. Draws are skewed so that a few people
 * appear in many titles and most in a handful, as in a real catalogue.
 */
final class People {

  private static final List<String> FIRST =
      List.of(
          ("Aarav Abigail Adrián Agnieszka Aiko Akira Alejandro Amara Ana Anders Ángela Arjun"
                  + " Ayesha Beatriz Björn Bruno Camila Carlos Chen Chloé Chukwuma Dae-jung Daniel"
                  + " Deepika Diego Dmitri Elena Emeka Emma Erik Farida Fatima Felipe François Gabriel"
                  + " Giulia Hana Hiroshi Hyun-woo Ines Ingrid Isabel Ivan Jamal Ji-woo João Julia"
                  + " Karan Kenji Kofi Kwame Laura Leila Liam Lucía Luis Magnus Malik Marta Mateo Maya"
                  + " Mehmet Mei Min-ho Nadia Naomi Nikolai Noah Olga Omar Paulo Pedro Priya Rahul Ren"
                  + " Rosa Ryo Sakura Samuel Santiago Seo-yeon Sipho Sofia Sung-min Tariq Thandiwe"
                  + " Thomas Valentina Victor Vikram Wei Xavier Yara Yuki Yusuf Zainab Zanele Zara"
                  + " Zeynep Zoltán")
              .split(" "));

  private static final List<String> LAST =
      List.of(
          ("Abara Adeyemi Ahmed Almeida Andersson Ansah Banerjee Becker Bianchi Bose Castillo"
                  + " Chatterjee Chowdhury Costa Cruz Demir Dubois Eriksen Esposito Fernández Fischer"
                  + " Fontaine García Gómez Gonzaga Haddad Hashemi Hoffmann Horvat Ibrahim Ivanova"
                  + " Jansen Jiménez Kapoor Kato Khan Kim Kowalski Kurosawa Larsen Lee Lindqvist López"
                  + " Mahlangu Martin Mendoza Mensah Moreau Morales Müller Nakamura Nasser Nguyen"
                  + " Novak Nowak Okafor Oliveira Ortiz Park Patel Pereira Petrov Quispe Ramírez Reyes"
                  + " Rossi Ruiz Santos Sato Schmidt Sharma Silva Singh Sokolov Suzuki Takahashi"
                  + " Tanaka Torres Ünal Varga Vargas Wagner Watanabe Weber Wong Wu Yamamoto Yang"
                  + " Yılmaz Zhang Zhao Zhou Zimmermann Zulu Zuniga Lopes Marín Kaya Hall Baker")
              .split(" "));

  private static final int SIZE = FIRST.size() * LAST.size();

  /** A prime that shares no factor with {@link #SIZE}, so multiplying by it only reorders. */
  private static final long SCRAMBLE = 7_919;

  private final int first;
  private final int count;
  private final double skew;

  /**
   * The people numbered {@code first} to {@code first + count - 1}, so that groups with ranges
   * apart share nobody; the larger the skew, the more titles the busiest of them fill.
   */
  People(int first, int count, double skew) {
    if (first < 0 || count < 1 || first + count > SIZE) {
      throw new IllegalArgumentException("people are numbered below " + SIZE);
    }
    this.first = first;
    this.count = count;
    this.skew = skew;
  }

  String draw(Draw draw) {
    // without scrambling, the busiest people would all share the first last name
    int index = (int) ((first + draw.skewed(count, skew)) * SCRAMBLE % SIZE);
    return FIRST.get(index % FIRST.size()) + " " + LAST.get(index / FIRST.size());
  }
}

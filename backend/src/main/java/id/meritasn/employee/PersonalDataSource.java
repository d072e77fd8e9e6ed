package id.meritasn.employee;

/**
 * A part of an employee's own data that another feature holds (talent results, mobility requests, ...), gathered
 * into the employee's download of their data (UU 27/2022 Pasal 7: the subject's right to access a copy).
 * Implementations read only what the employee may see of themselves, as the employee.
 */
public interface PersonalDataSource {

    /** The section's name in the download, in Bahasa Indonesia (for example {@code hasilPemetaanTalenta}). */
    String section();

    /** The section's content for the caller's own NIP in the agency; serialisable to JSON. */
    Object ownData(String agency, String nip);
}

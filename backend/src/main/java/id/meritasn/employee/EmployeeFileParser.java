package id.meritasn.employee;

import id.meritasn.imports.TabularFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an employee file (CSV or XLSX, template in docs/import-template.md) into rows keyed by canonical column.
 * Column names follow SIASN's export where it has one (NIP_BARU, GELAR_BLK, ...); dates may be YYYY-MM-DD or
 * DD-MM-YYYY as SIASN writes them. Whole-file problems (kind, size, encoding, missing columns) are refused up front.
 */
final class EmployeeFileParser {

    static final Map<String, String> COLUMNS = columns();
    static final List<String> REQUIRED = List.of("nip", "name", "golongan", "golonganTmt");

    private EmployeeFileParser() {}

    private static Map<String, String> columns() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String alias : List.of("NIP", "NIP_BARU")) map.put(alias, "nip");
        for (String alias : List.of("NAMA", "NAMA_LENGKAP")) map.put(alias, "name");
        map.put("GELAR_DEPAN", "frontTitle");
        for (String alias : List.of("GELAR_BELAKANG", "GELAR_BLK")) map.put(alias, "backTitle");
        for (String alias : List.of("GOL_RUANG", "GOLONGAN", "GOL_AKHIR_NAMA")) map.put(alias, "golongan");
        for (String alias : List.of("TMT_GOLONGAN", "TMT_GOL_AKHIR")) map.put(alias, "golonganTmt");
        for (String alias : List.of("KODE_JABATAN", "JABATAN_ID")) map.put(alias, "positionCode");
        for (String alias : List.of("KODE_UNOR", "UNOR_ID", "KODE_UNIT")) map.put(alias, "unitCode");
        for (String alias : List.of("STATUS", "STATUS_PEGAWAI")) map.put(alias, "status");
        for (String alias : List.of("JENIS_PEGAWAI", "JENIS_ASN", "KEDUDUKAN_HUKUM")) map.put(alias, "employeeType");
        for (String alias : List.of("TMT_AKHIR_PERJANJIAN", "AKHIR_PERJANJIAN")) map.put(alias, "agreementEnd");
        return map;
    }

    /** Dates as SIASN writes them (DD-MM-YYYY, DD/MM/YYYY) become ISO dates. */
    static TabularFile.Row normalize(TabularFile.Row row) {
        Map<String, String> values = new LinkedHashMap<>(row.values());
        for (String column : List.of("golonganTmt", "agreementEnd")) {
            String v = row.get(column);
            if (v != null && v.matches("\\d{2}[-/]\\d{2}[-/]\\d{4}")) {
                values.put(column, v.substring(6, 10) + "-" + v.substring(3, 5) + "-" + v.substring(0, 2));
            }
        }
        return new TabularFile.Row(row.rowNumber(), values);
    }
}

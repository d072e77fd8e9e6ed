package id.meritasn.employee;

/** The demo data's word lists and golongan weights, shared by the demo generator and the national data of the tests. */
final class DemoWords {

    private DemoWords() {}

    static final String[] MANAGERIAL = {
        "integritas",
        "kerja_sama",
        "komunikasi",
        "orientasi_hasil",
        "pelayanan_publik",
        "pengembangan_diri",
        "mengelola_perubahan",
        "pengambilan_keputusan"
    };
    static final String[] FIRST = {
        "Agus", "Budi", "Dewi", "Siti", "Rina", "Andi", "Yusuf", "Putri", "Hendra", "Fitri", "Rahmat", "Nur", "Indah",
        "Bambang", "Sri", "Joko", "Ayu", "Eko", "Dian", "Wahyu", "Maria", "Yohanes", "Made", "Ketut", "Nyoman", "Butet",
        "Rizky", "Fajar", "Lestari", "Teguh"
    };
    static final String[] LAST = {
        "Santoso",
        "Wijaya",
        "Siregar",
        "Nasution",
        "Lubis",
        "Hutapea",
        "Saragih",
        "Pratama",
        "Kusuma",
        "Hidayat",
        "Setiawan",
        "Rahayu",
        "Harahap",
        "Simanjuntak",
        "Sihombing",
        "Purba",
        "Wibowo",
        "Saputra",
        "Utami",
        "Susanti",
        "Gunawan",
        "Tambunan",
        "Daulay",
        "Manurung",
        "Ginting"
    };
    static final String[] FIELDS = {
        "Administrasi Publik",
        "Manajemen",
        "Hukum",
        "Akuntansi",
        "Teknik Sipil",
        "Kesehatan Masyarakat",
        "Pendidikan",
        "Ilmu Komputer",
        "Ekonomi",
        "Psikologi",
        "Statistika"
    };
    static final String[] GOLONGAN = {
        "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d"
    };
    static final int[] GOLONGAN_WEIGHT = {5, 5, 6, 6, 14, 14, 14, 12, 10, 7, 4, 3};
}

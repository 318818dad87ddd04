# ruff: noqa: E501 - release prose reads better unbroken
"""Hand-made release pairs for `different_events` (see README.md in this folder).

TWINS: a second release of the same unit written from the same template about a
different event (another day, another village, other people): hard negatives. Each is
made from a hand-written release (`base`, an id of handwritten_*.py) by replacing the
event's details; the wording stays the template's.

COPIES: the same release as republished elsewhere: a new headline, another dateline
style, a reporter/credit line, a photo caption. Each transformation is one that the
syndication set in tests/syndication/ documents for real copies.
"""

TWINS = [
    dict(
        base="h01",
        published=("2023-09-06T14:10:00+08:00", "2023-09-10T15:05:00+08:00"),
        title="Hari Ketujuh Operasi Zebra Intan 2023, Satlantas Polres Tala Tegur 88 Pengendara",
        replace=[
            ("Memasuki hari ketiga", "Memasuki hari ketujuh"),
            ("Rabu (6/9/2023) pagi", "Minggu (10/9/2023) pagi"),
            ("selama tiga hari operasi", "selama tujuh hari operasi"),
            (
                "teguran kepada 63 pengendara dan menilang 11 pengendara",
                "teguran kepada 88 pengendara dan menilang 19 pengendara",
            ),
        ],
        note="same place and officers; only the day (and figures) differ",
    ),
    dict(
        base="h03",
        published=("2023-10-19T16:20:00+08:00", "2023-11-02T11:40:00+08:00"),
        title="Polsek Kuranji Tangkap Pencuri Sepeda Motor di Desa Banjarsari",
        replace=[
            (
                "Desa Giri Mulya, Kecamatan Kuranji, Kamis (19/10/2023)",
                "Desa Banjarsari, Kecamatan Kuranji, Kamis (2/11/2023)",
            ),
            ("pelaku berinisial MS (22)", "pelaku berinisial RD (27)"),
            ("Honda Beat", "Yamaha Mio"),
            ("pada Selasa dini hari", "pada Senin malam"),
            ("wilayah Kecamatan Satui", "wilayah Kecamatan Angsana"),
        ],
        note="another village, suspect and date",
    ),
    dict(
        base="h08",
        published=("2023-11-10T13:00:00+08:00", "2023-11-17T12:30:00+08:00"),
        title="Jumat Curhat, Warga Binuang Minta Polisi Tertibkan Truk Batu Bara",
        replace=[
            (
                "Pos Kamling RT 04 Kelurahan Rangda Malingkung, Kecamatan Tapin Utara, Jumat (10/11/2023)",
                "Balai Desa Pualam Sari, Kecamatan Binuang, Jumat (17/11/2023)",
            ),
            (
                "balapan liar di ruas jalan lingkar Rantau yang kerap berlangsung hingga dini hari dan membuat warga tidak bisa beristirahat",
                "truk angkutan batu bara yang melintas di jalan desa hingga dini hari dan membuat jalan cepat rusak",
            ),
        ],
        note="same Wakapolres and Kasat; another village, complaint and Friday",
    ),
    dict(
        base="h09",
        published=("2023-11-18T16:00:00+08:00", "2023-11-25T10:15:00+08:00"),
        title="Bhabinkamtibmas Polsek Halong Sambangi Petani Karet di Desa Mauya",
        replace=[
            (
                "Bhabinkamtibmas Polsek Halong Bripka Agus Salim menyambangi para petani karet di Desa Aniungan",
                "Bhabinkamtibmas Polsek Halong Aipda Rusdiansyah menyambangi para petani karet di Desa Mauya",
            ),
            ("Sabtu (18/11/2023)", "Sabtu (25/11/2023)"),
            ("Bripka Agus berdialog", "Aipda Rusdiansyah berdialog"),
        ],
        note="another Bhabinkamtibmas, village and Saturday",
    ),
    dict(
        base="h13",
        published=("2023-11-17T15:00:00+08:00", "2023-12-01T14:20:00+08:00"),
        title="Jumat Berkah, Polres Batola Bagikan 200 Paket Sembako untuk Nelayan",
        replace=[
            (
                "150 paket sembako kepada pengemudi ojek, buruh pelabuhan dan pedagang kecil di sekitar Dermaga Marabahan, Jumat (17/11/2023)",
                "200 paket sembako kepada nelayan dan buruh sawah di Desa Tabunganen Muara, Kecamatan Tabunganen, Jumat (1/12/2023)",
            ),
            ("Salah seorang pengemudi ojek, Rusdi (52)", "Salah seorang nelayan, Jahrani (47)"),
        ],
        note="another village, recipients and Friday; same Kapolres",
    ),
    dict(
        base="h17",
        published=("2023-11-05T10:00:00+08:00", "2023-11-19T09:30:00+08:00"),
        title="Jual Kupon Togel di Pasar, Warga Gambut Dibekuk Polisi",
        replace=[
            (
                "berinisial JN (48) yang kedapatan menjual kupon judi toto gelap (togel) di warung miliknya di Desa Gambut Barat, Kecamatan Gambut, Kabupaten Banjar, Sabtu (4/11/2023) malam",
                "berinisial SB (55) yang kedapatan menjual kupon judi toto gelap (togel) di los Pasar Gambut, Desa Kayu Bawang, Kecamatan Gambut, Kabupaten Banjar, Sabtu (18/11/2023) malam",
            ),
            ("uang tunai Rp1,2 juta", "uang tunai Rp640 ribu"),
            ("aktivitas judi di warung tersebut", "aktivitas judi di pasar tersebut"),
        ],
        note="another suspect, village and Saturday",
    ),
    dict(
        base="h20",
        published=("2024-02-06T17:00:00+08:00", "2024-02-16T16:30:00+08:00"),
        title="Polres Tala Kawal Pergeseran Kotak Suara dari 11 PPK ke Gudang KPU",
        replace=[
            (
                "mengawal pendistribusian logistik Pemilu 2024 dari gudang KPU Kabupaten Tanah Laut menuju 11 PPK se-Kabupaten Tanah Laut, Selasa (6/2/2024)",
                "mengawal pergeseran kotak suara hasil Pemilu 2024 dari 11 PPK se-Kabupaten Tanah Laut menuju gudang KPU Kabupaten Tanah Laut, Jumat (16/2/2024)",
            ),
            ("hingga tiba di kantor kecamatan", "hingga tiba di gudang KPU"),
            ("sehingga distribusi berjalan lancar", "sehingga pergeseran berjalan lancar"),
        ],
        note="same unit, officers and places, ten days later: the return of the ballot boxes",
    ),
    dict(
        base="h22",
        published=("2023-11-03T20:00:00+08:00", "2023-11-21T19:10:00+08:00"),
        title="Tabrakan Motor dan Truk di Haur Gading, Satu Pengendara Meninggal",
        replace=[
            (
                "mobil pikap terjadi di Jalan Lingkar Amuntai, Desa Telaga Silaba, Kecamatan Amuntai Selatan, Jumat (3/11/2023) sekitar pukul 17.15 Wita",
                "truk terjadi di jalan poros Desa Palimbangan, Kecamatan Haur Gading, Selasa (21/11/2023) sekitar pukul 06.40 Wita",
            ),
            ("berinisial RM (19)", "berinisial FA (24)"),
            ("lalu menabrak pikap dari arah berlawanan", "lalu menabrak truk dari arah berlawanan"),
            ("Sopir pikap", "Sopir truk"),
        ],
        note="another road, victim and date; same Kasat Lantas",
    ),
    dict(
        base="h33",
        published=("2023-11-14T12:00:00+08:00", "2023-12-05T11:00:00+08:00"),
        title="Mayat Perempuan Ditemukan Mengapung di Sungai Martapura",
        replace=[
            ("Warga Desa Lok Baintan", "Warga Desa Sungai Tabuk Keramat"),
            (
                "sesosok mayat pria mengapung di Sungai Martapura, Selasa (14/11/2023) sekitar pukul 06.30 Wita",
                "sesosok mayat perempuan mengapung di Sungai Martapura, Selasa (5/12/2023) sekitar pukul 16.10 Wita",
            ),
            (
                "pedagang pasar terapung yang sedang mendayung jukung",
                "warga yang sedang mencari ikan",
            ),
            (
                "korban diperkirakan berusia 40 tahun, mengenakan kaus biru dan celana pendek hitam",
                "korban diperkirakan berusia 55 tahun, mengenakan daster merah",
            ),
        ],
        note="another body, village and date; same Kapolsek",
    ),
    dict(
        base="h45",
        published=("2023-11-16T22:00:00+08:00", "2023-11-24T22:30:00+08:00"),
        title="Cegah Pencurian Ternak, Polres Tala Patroli Malam di Jorong",
        replace=[
            (
                "di sejumlah desa di Kecamatan Bati-Bati, Kamis (16/11/2023) malam, menyusul laporan warga tentang hilangnya sapi di Desa Benua Raya",
                "di sejumlah desa di Kecamatan Jorong, Jumat (24/11/2023) malam, menyusul laporan warga tentang hilangnya kambing di Desa Asam Asam",
            ),
        ],
        note="another kecamatan, village and night; same Kasat Samapta",
    ),
    dict(
        base="h27",
        published=("2023-11-18T13:00:00+08:00", "2023-12-09T13:30:00+08:00"),
        title="Satresnarkoba Polres Tapin Gagalkan Peredaran 750 Gram Sabu di Binuang",
        replace=[
            (
                "seberat 1.012 gram di Jalan Ahmad Yani Km 101, Kecamatan Binuang, Kabupaten Tapin, Kamis (16/11/2023) malam. Seorang kurir berinisial RS (31) ditangkap",
                "seberat 750 gram di Jalan Ahmad Yani Km 103, Kecamatan Binuang, Kabupaten Tapin, Rabu (6/12/2023) malam. Seorang kurir berinisial MY (28) ditangkap",
            ),
            ("Sabtu (18/11/2023)", "Jumat (8/12/2023)"),
            ("diupah Rp15 juta", "diupah Rp10 juta"),
        ],
        note="same road, same officers: another courier and date",
    ),
]

COPIES = [
    dict(
        base="h02",
        published=("2023-11-15T10:00:00+08:00", "2023-11-15T19:40:00+08:00"),
        title="Sabu Disembunyikan di Bawah Lantai Dapur, Warga Pakacangan Ditangkap",
        dateline=("AMUNTAI, Kalsel –", "TRIBRATANEWS.POLRI.GO.ID – KALSEL – Amuntai –"),
        append="Penulis : Bripka Fahmi Ridha\nEditor : AKP Nor Hasanah",
        kind="retitled + dateline + credit",
    ),
    dict(
        base="h04",
        published=("2023-11-12T21:00:00+08:00", "2023-11-13T08:15:00+08:00"),
        title="Polresta Banjarmasin Tangkap Pelaku Penusukan di Kelayan",
        caption=(
            1,
            "Foto: Kasat Reskrim Polresta Banjarmasin Kompol Eko Prasetyo saat memberikan keterangan kepada wartawan.",
        ),
        kind="retitled + caption",
    ),
    dict(
        base="h10",
        published=("2023-01-22T18:00:00+08:00", "2023-01-23T07:30:00+08:00"),
        dateline=("TANJUNG –", "Tabalong, mci.life –"),
        caption=(
            99,
            "Foto: Personel Polres Tabalong mengevakuasi warga dengan perahu karet di Desa Pudak Setegal.",
        ),
        kind="dateline + caption",
    ),
    dict(
        base="h14",
        published=("2023-09-24T19:00:00+08:00", "2023-09-25T09:00:00+08:00"),
        title="Karhutla di Daha Selatan Dipadamkan Setelah Empat Jam",
        dateline=("Kandangan –", "KANDANGAN, Kalsel –"),
        kind="retitled + dateline",
    ),
    dict(
        base="h16",
        published=("2024-05-15T20:00:00+08:00", "2024-05-16T11:00:00+08:00"),
        append="(Humas Polres Banjarbaru)",
        kind="credit line",
    ),
    dict(
        base="h23",
        published=("2023-11-22T17:00:00+08:00", "2023-11-23T06:45:00+08:00"),
        title="Terekam CCTV Bongkar Kotak Amal, Pemuda Astambul Diringkus",
        append="Reporter: Nanda | Editor: Redaksi",
        kind="retitled + reporter line",
    ),
    dict(
        base="h26",
        published=("2024-01-13T15:00:00+08:00", "2024-01-14T10:20:00+08:00"),
        dateline=("Pelaihari –", "TRIBRATANEWS.KALSEL.POLRI.GO.ID – Pelaihari –"),
        caption=(2, "Foto: Kapolsek Kurau menyerahkan bantuan kepada warga Desa Sarikandi."),
        kind="dateline + caption",
    ),
    dict(
        base="h35",
        published=("2023-11-08T12:00:00+08:00", "2023-11-09T09:10:00+08:00"),
        title="Cegah Pencurian Mesin Perahu, Bhabinkamtibmas Ajak Nelayan Tabanio Ronda",
        dateline=("Pelaihari –", "Tanah Laut –"),
        append="Sumber: Humas Polres Tanah Laut",
        kind="retitled + dateline + source line",
    ),
    dict(
        base="h39",
        published=("2023-11-26T08:00:00+08:00", "2023-11-26T14:00:00+08:00"),
        title="Judi Dadu di Hajatan Warga Barimbun Digerebek Polisi",
        caption=(99, "Foto: Barang bukti uang taruhan dan dadu yang diamankan Polsek Tanta."),
        kind="retitled + caption",
    ),
    dict(
        base="h47",
        published=("2024-09-10T10:00:00+07:00", "2024-09-11T13:30:00+07:00"),
        dateline=("LABUHANBATU –", "TASLABNEWS.COM, LABUHANBATU –"),
        append="(Ran)",
        kind="dateline + credit",
    ),
    dict(
        base="h53",
        published=("2023-12-24T22:00:00+07:00", "2023-12-25T09:00:00+07:00"),
        title="Misa Natal di Kota Kediri Dijaga 300 Personel Gabungan",
        caption=(
            0,
            "Foto: Kapolres Kediri Kota AKBP Bramastyo Priaji meninjau pengamanan di Gereja Katolik Santo Vincentius a Paulo.",
        ),
        kind="retitled + caption",
    ),
    dict(
        base="h20",
        published=("2024-02-06T17:00:00+08:00", "2024-02-07T08:00:00+08:00"),
        title="Logistik Pemilu Tanah Laut Tiba di 11 Kecamatan dengan Pengawalan Polisi",
        dateline=("Tanah Laut-", "Pelaihari, mci.life –"),
        kind="retitled + dateline",
    ),
]

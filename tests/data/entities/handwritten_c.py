# ruff: noqa: E501 - release prose reads better unbroken
"""Hand-written releases, part C: other provinces and national units (see handwritten_a.py)."""

ENTRIES = [
    dict(
        id="h46",
        source="hand-written; Kapolres at a peat fire after targetnews.id 2025-07 (Kapolres Pulang Pisau karhutla Sebangau Kuala)",
        title="Kapolres Pulang Pisau Turun Langsung Padamkan Karhutla di Sebangau Kuala",
        text="""Sebangau Kuala – Kapolres Pulang Pisau AKBP Yudha Pranata, S.I.K., M.Si. turun langsung ke lokasi kebakaran hutan dan lahan di Desa Paduran Mulya, Kecamatan Sebangau Kuala, Kabupaten Pulang Pisau, Kalimantan Tengah, Selasa (12/9/2023).
Informasi adanya titik api diterima Polsek Sebangau Kuala sekitar pukul 07.00 WIB. Tim gabungan Polres Pulang Pisau, Manggala Agni, Babinsa dan Masyarakat Peduli Api kemudian bergerak menggunakan perahu kelotok menuju lokasi.
"Penanganan karhutla menjadi prioritas kami. Tim Resmob juga sudah kami turunkan untuk menyelidiki siapa yang membakar lahan," kata AKBP Yudha.
Lahan gambut seluas sekitar 5 hektare terbakar, dan pendinginan masih dilakukan hingga sore hari.""",
        primary_unit="Polres Pulang Pisau",
        region="Kabupaten Pulang Pisau",
        province="Kalimantan Tengah",
        officers=[("AKBP", "Yudha Pranata")],
        topic="bencana",
    ),
    dict(
        id="h47",
        source="hand-written; togel arrest by Sat Reskrim with the Kanit named, after taslabnews.com 2024-09 (Polres Labuhanbatu, Kanit Pidum IPDA …; 'Kapolres …, AKBP Dr. …, melalui Kasi Humas AKP …')",
        title="Juru Tulis Togel di Bilah Barat Ditangkap Sat Reskrim Polres Labuhanbatu",
        text="""LABUHANBATU – Satuan Reserse Kriminal (Sat Reskrim) Polres Labuhanbatu menangkap seorang pria berinisial JS (59) yang diduga menjadi juru tulis judi togel di Desa Tebing Linggahara, Kecamatan Bilah Barat, Kabupaten Labuhanbatu, Sumatera Utara.
Penangkapan dipimpin Kanit Pidum Sat Reskrim IPDA Ronald Siregar, S.H., M.H. Dari tangan pelaku disita satu unit ponsel berisi pesanan angka togel, uang tunai Rp80.000 dan selembar kertas rekapan.
Kapolres Labuhanbatu, AKBP Dr. Mangatur Simanjuntak, S.I.K., M.H., melalui Kasi Humas AKP Syahrul Nasution menegaskan pihaknya tidak akan mentolerir segala bentuk perjudian di wilayah hukum Polres Labuhanbatu.
"Perjudian bukan hanya melanggar hukum, tetapi juga merusak moral masyarakat," kata AKP Syahrul.""",
        primary_unit="Polres Labuhanbatu",
        region="Kabupaten Labuhanbatu",
        province="Sumatera Utara",
        officers=[
            ("Ipda", "Ronald Siregar"),
            ("AKBP", "Mangatur Simanjuntak"),
            ("AKP", "Syahrul Nasution"),
        ],
        topic="kriminal",
    ),
    dict(
        id="h48",
        source="hand-written; Operasi Zebra launch after mataraman.tribunnews.com 2025-11 (Satlantas Polres Tulungagung, Operasi Zebra Semeru)",
        title="Awali Operasi Zebra Semeru, Satlantas Polres Tulungagung Bagikan Cokelat ke Pengendara Tertib",
        text="""TULUNGAGUNG – Satlantas Polres Tulungagung membagikan cokelat kepada pengendara yang tertib berlalu lintas di Simpang BTA, Kabupaten Tulungagung, Senin (17/11/2025), sebagai tanda dimulainya Operasi Zebra Semeru 2025.
Kasat Lantas Polres Tulungagung, AKP Taufik Hidayat, mengatakan pada hari pertama operasi petugas mengedepankan imbauan dan sosialisasi tertib berlalu lintas.
"Selama 14 hari operasi, 95 persen penindakan menggunakan tilang elektronik dan hanya 5 persen tilang manual," ujarnya.
Operasi Zebra Semeru 2025 berlangsung hingga 30 November 2025 dengan sasaran pengendara yang tidak memakai helm, melawan arus dan menggunakan ponsel saat berkendara.""",
        primary_unit="Polres Tulungagung",
        region="Kabupaten Tulungagung",
        province="Jawa Timur",
        officers=[("AKP", "Taufik Hidayat")],
        topic="lalu_lintas",
    ),
    dict(
        id="h49",
        source="hand-written; Jumat Curhat by a Wakapolres 'mewakili' the Kapolres, after kalbaronline.com 2023-08 (Polres Kayong Utara) and ANTARA (Polres Pelabuhan Makassar)",
        title="Jumat Curhat di Warung Kopi, Warga Sukadana Keluhkan Pencurian Sawit",
        text="""KalbarOnline, Kayong Utara – Polres Kayong Utara menggelar Jumat Curhat di sebuah warung kopi di Kecamatan Sukadana, Jumat (4/8/2023). Kegiatan dipimpin Wakapolres Kayong Utara Kompol Aris Munandar mewakili Kapolres Kayong Utara AKBP Dedi Hermawan.
Dalam kesempatan itu warga mengeluhkan pencurian buah sawit di kebun warga yang marak sejak awal tahun.
"Keluhan yang menjadi tugas kepolisian akan langsung kami tindak lanjuti melalui Polsek masing-masing. Kalau di luar kewenangan kami, akan kami sampaikan melalui forum Forkopimda," kata Kompol Aris.
Warga menyambut baik kegiatan tersebut karena bisa menyampaikan keluhan tanpa harus datang ke kantor polisi.""",
        primary_unit="Polres Kayong Utara",
        region="Kabupaten Kayong Utara",
        province="Kalimantan Barat",
        officers=[("Kompol", "Aris Munandar"), ("AKBP", "Dedi Hermawan")],
        topic="kamtibmas",
    ),
    dict(
        id="h50",
        source="hand-written; Polda Jumat Curhat after beritaborneo.com 2025-03 (Polda Kaltim Jumat Curhat Balikpapan, Wadirlantas quoted)",
        title="Jumat Curhat Polda Kaltim, Warga Telaga Sari Keluhkan Pengendara Tanpa Helm",
        text="""BALIKPAPAN – Polda Kalimantan Timur menggelar Jumat Curhat di Jalan Prapatan Dalam, Kelurahan Telaga Sari, Kecamatan Balikpapan Kota, Jumat (7/3/2025), dihadiri sekitar 70 warga dan pejabat utama Polda Kaltim.
Wadirlantas Polda Kaltim AKBP Rahmat Hidayat, S.I.K., M.I.K. dalam sambutannya mengatakan Jumat Curhat menjadi sarana polisi mendengarkan langsung keluhan masyarakat.
Warga antara lain mengeluhkan banyaknya pengendara sepeda motor tanpa helm di kawasan Balikpapan Timur dan maraknya penipuan daring.
Kasubdit Gakkum Ditlantas Polda Kaltim AKBP Bangun Wicaksono, S.H. menjelaskan pihaknya rutin menggelar penertiban bersama instansi terkait.""",
        primary_unit="Polda Kalimantan Timur",
        region="Kota Balikpapan",
        province="Kalimantan Timur",
        officers=[("AKBP", "Rahmat Hidayat"), ("AKBP", "Bangun Wicaksono")],
        topic="kamtibmas",
    ),
    dict(
        id="h51",
        source="hand-written; Tarakan drug case after benuanta.co.id (Tarakan dateline, 'Kapolres … melalui Kepala Unit …' with glued titles 'SH SIk MSi')",
        title="Satresnarkoba Polres Tarakan Amankan Kurir Sabu di Pelabuhan Tengkayu",
        text="""TARAKAN – Satresnarkoba Polres Tarakan mengamankan seorang kurir sabu berinisial HS (33) di kawasan Pelabuhan Tengkayu I, Kota Tarakan, Kalimantan Utara, Kamis (19/10/2023) pagi. Dari tangan tersangka disita 48,5 gram sabu yang disembunyikan dalam kemasan kopi.
Kapolres Tarakan AKBP Yudhistira Pratama SH SIK MSi melalui Kasat Resnarkoba AKP Dien Romadhoni STrK mengatakan tersangka baru tiba dari Nunukan menggunakan speedboat.
"Sabu ini rencananya akan diedarkan di Tarakan. Kami masih memburu pemesannya," kata AKP Dien.
Tersangka dijerat Pasal 114 ayat (2) UU Nomor 35 Tahun 2009 tentang Narkotika.""",
        primary_unit="Polres Tarakan",
        region="Kota Tarakan",
        province="Kalimantan Utara",
        officers=[("AKBP", "Yudhistira Pratama"), ("AKP", "Dien Romadhoni")],
        topic="narkoba",
    ),
    dict(
        id="h52",
        source="hand-written; Operasi Pekat gambling arrests after suarabaru.id 2020-06 (Polres Blora, 'BLORA (SUARABARU.ID) –' dateline)",
        title="Operasi Pekat, Polres Blora Tangkap 12 Pelaku Judi Togel dan Dadu",
        text="""BLORA (SUARABARU.ID) – Kepolisian Resor (Polres) Blora, Jawa Tengah, menangkap 12 tersangka pelaku judi toto gelap (togel) dan dadu kopyok dari sejumlah lokasi berbeda selama Operasi Pekat Candi 2023.
Penangkapan para pelaku disampaikan Kapolres Blora AKBP Fajar Ramadhan melalui Kasat Reskrim AKP Setiyo Budi dalam jumpa pers di Mapolres Blora, Senin (26/6/2023).
"Dari 12 tersangka, delapan orang pelaku judi togel dan empat pelaku judi dadu. Kami juga menyita uang tunai jutaan rupiah, ponsel dan kertas rekapan togel," kata AKP Setiyo.
Para tersangka dijerat Pasal 303 KUHP tentang perjudian.""",
        primary_unit="Polres Blora",
        region="Kabupaten Blora",
        province="Jawa Tengah",
        officers=[("AKBP", "Fajar Ramadhan"), ("AKP", "Setiyo Budi")],
        topic="kriminal",
    ),
    dict(
        id="h53",
        source="hand-written; Christmas security in a city Polres ('Polres Kediri Kota'), after the Jatim Nataru items of tribratanews.jatim",
        title="Polres Kediri Kota Kerahkan 300 Personel Amankan Misa Natal",
        text="""KEDIRI – Polres Kediri Kota mengerahkan 300 personel gabungan untuk mengamankan misa malam Natal di 27 gereja di Kota Kediri, Minggu (24/12/2023).
Kapolres Kediri Kota AKBP Bramastyo Priaji, S.H., S.I.K. mengatakan pengamanan dilakukan bersama TNI, Satpol PP dan Banser. Sebelum misa dimulai, tim Jibom melakukan sterilisasi di gereja-gereja besar.
"Kami ingin memastikan umat Kristiani dapat menjalankan ibadah Natal dengan aman dan nyaman," ujarnya di sela pengecekan di Gereja Katolik Santo Vincentius a Paulo.
Selama Operasi Lilin Semeru 2023, Polres Kediri Kota juga mendirikan pos pengamanan dan pos pelayanan di titik-titik keramaian.""",
        primary_unit="Polres Kediri Kota",
        region="Kota Kediri",
        province="Jawa Timur",
        officers=[("AKBP", "Bramastyo Priaji")],
        topic="pengamanan",
    ),
    dict(
        id="h54",
        source="hand-written; Bhabinkamtibmas of a Polsek in another province after polressanggau.com 2020-09 ('Bhabinkamtibmas Polsek Entikong Brigpol …', 'Kapolsek Entikong Akp …', 'Kec. … Kab. …')",
        title="Sambang Desa, Bhabinkamtibmas Polsek Entikong Ajak Warga Hidupkan Poskamling",
        text="""Polres Sanggau - Sambang desa dilakukan Bhabinkamtibmas sebagai upaya menjaga situasi keamanan dan ketertiban masyarakat (kamtibmas) di wilayah perbatasan.
Bhabinkamtibmas Polsek Entikong Brigpol Jodi Saputra berkunjung ke rumah warga Desa Nekan, Kec. Entikong, Kab. Sanggau, Selasa (8/9/2020), dan berbincang tentang rencana menghidupkan kembali ronda malam.
"Kami sengaja datang untuk berdialog langsung dengan warga tentang menjaga keamanan bersama melalui poskamling," ujar Brigpol Jodi.
Kapolsek Entikong Akp Oktavianus Sihombing mengatakan Bhabinkamtibmas harus membangun komunikasi dengan semua instansi dan masyarakat di desa binaan.
Penulis : Candra
Publish : Humas Polres Sanggau""",
        primary_unit="Polsek Entikong",
        region="Kabupaten Sanggau",
        province="Kalimantan Barat",
        officers=[("Brigpol", "Jodi Saputra"), ("AKP", "Oktavianus Sihombing")],
        topic="kamtibmas",
    ),
    dict(
        id="h55",
        source="hand-written; traffic operation with full rank words and a Wakapolres, after lampung.tribunnews.com 2018-11 ('Kepala Satuan Lalu Lintas … Komisaris …', 'Ajun Komisaris Besar …')",
        title="Razia Malam di Bandar Lampung, 145 Pengendara Ditilang",
        text="""TRIBUNLAMPUNG.CO.ID, BANDAR LAMPUNG - Dalam semalam, 145 pengendara terkena tilang dalam razia gabungan Polresta Bandar Lampung di tiga titik, Sabtu (3/11/2018) malam hingga Minggu dini hari.
"Mayoritas pelanggar tidak membawa kelengkapan surat kendaraan," kata Kepala Satuan Lalu Lintas Polresta Bandar Lampung Komisaris Polisi Syahrul Mega, Minggu (4/11/2018).
Wakapolresta Bandar Lampung Ajun Komisaris Besar Polisi Yudi Chandra menjelaskan pihaknya mengerahkan 150 personel dalam razia tersebut, melibatkan Satuan Reserse Kriminal, Satuan Narkoba dan Satuan Sabhara.
Sebanyak 15 sepeda motor dan empat mobil ditahan karena pengendaranya tidak dapat menunjukkan STNK.""",
        primary_unit="Polresta Bandar Lampung",
        region="Kota Bandar Lampung",
        province="Lampung",
        officers=[("Kompol", "Syahrul Mega"), ("AKBP", "Yudi Chandra")],
        topic="lalu_lintas",
    ),
    dict(
        id="h56",
        source="hand-written; Kapolres meets the press (lainnya) after sumut.indeksnews.com (Kapolres Tapsel silaturahmi insan pers, 'AKBP …, SH, SIK, MH', 'Waka Polres …')",
        title="Kapolres Tapsel Silaturahmi dengan Insan Pers se-Tabagsel",
        text="""Tapanuli Selatan - Kapolres Tapanuli Selatan AKBP Roni Hasibuan, SH, SIK, MH menggelar silaturahmi dengan insan pers se-Tabagsel dari media cetak, online, televisi dan radio di Aula Mapolres Tapsel, Sabtu (6/11/2021) siang.
Kapolres meminta insan pers sebagai mitra kerja ikut memberitakan kegiatan Polres Tapsel secara berimbang dan menjalin komunikasi yang baik.
Turut mendampingi Kapolres, Waka Polres Tapsel Kompol Rahman Harahap, SH, Kabag Ops Kompol Abdi Lubis, SH dan Kasat Reskrim AKP Paulus Gorby, SIK.
Ketua PWI Tabagsel mengapresiasi kegiatan tersebut dan berharap silaturahmi dapat digelar rutin.""",
        primary_unit="Polres Tapanuli Selatan",
        region="Kabupaten Tapanuli Selatan",
        province="Sumatera Utara",
        officers=[
            ("AKBP", "Roni Hasibuan"),
            ("Kompol", "Rahman Harahap"),
            ("Kompol", "Abdi Lubis"),
            ("AKP", "Paulus Gorby"),
        ],
        topic="lainnya",
    ),
    dict(
        id="h57",
        source="hand-written; election logistics in Jawa Barat after the pemilu logistics releases (tribratanews.jabar) and the demo corpus",
        title="Polres Bogor Kawal Pengiriman Surat Suara ke 40 Kecamatan",
        text="""Cibinong – Polres Bogor mengawal pengiriman surat suara Pemilu 2024 dari gudang logistik KPU Kabupaten Bogor ke 40 kecamatan, Kamis (8/2/2024). Setiap armada pengangkut dikawal dua personel Polri bersenjata.
Kapolres Bogor AKBP Rio Wahyu Anggoro, S.I.K., M.H. mengatakan sebanyak 1.200 personel disiapkan untuk mengamankan tahapan distribusi logistik hingga pemungutan suara pada 14 Februari.
"Kami pastikan logistik tiba tepat waktu dan dalam kondisi tersegel," ujarnya.
Ketua KPU Kabupaten Bogor mengatakan distribusi ke kecamatan yang jauh, seperti Sukajaya dan Tanjungsari, didahulukan.""",
        primary_unit="Polres Bogor",
        region="Kabupaten Bogor",
        province="Jawa Barat",
        officers=[("AKBP", "Rio Wahyu Anggoro")],
        topic="pemilu",
    ),
    dict(
        id="h58",
        source="hand-written; Polda Jumat Curhat hosted at a Polsek after tribratanews.sultra.polri.go.id 2025-08 (Jumat Curhat Polda Sultra, 'Tribratanews.sultra.polri.go.id – Kendari, 22 Agustus 2025 –')",
        title="Jumat Curhat Polda Sultra di Nambo, Warga Minta Polisi Jaga Sekolah",
        text="""Tribratanews.sultra.polri.go.id – Kendari – Polda Sultra kembali menggelar program Jumat Curhat bersama masyarakat di Aula Kantor Kelurahan Tobimeita, Kecamatan Nambo, Kota Kendari, Jumat (22/8/2025).
Kegiatan dimulai pukul 08.00 Wita dipandu Wadirpolairud Polda Sultra AKBP Dodik Subiantoro, S.I.K. dan dihadiri pejabat utama berbagai satker Polda Sultra, tokoh masyarakat serta perangkat kelurahan.
Warga menyampaikan kekhawatiran soal peredaran narkoba di kalangan remaja dan meminta personel lalu lintas ditempatkan di depan sekolah pada jam masuk.
Seorang guru SD menyampaikan terima kasih atas respons cepat Polsek Abeli dalam menangani kasus anak di sekolahnya.""",
        primary_unit="Polda Sulawesi Tenggara",
        region="Kota Kendari",
        province="Sulawesi Tenggara",
        officers=[("AKBP", "Dodik Subiantoro")],
        topic="kamtibmas",
    ),
    dict(
        id="h59",
        source="hand-written; landslide evacuation after bencana items of Polres Malang (tribratanews.jatim) and the BPBD-joint-team phrasing",
        title="Longsor Timbun Rumah Warga di Pujon, Polres Malang Bantu Evakuasi",
        text="""Malang – Personel Polres Malang bersama BPBD Kabupaten Malang dan warga mengevakuasi material longsor yang menimbun dua rumah di Desa Pandesari, Kecamatan Pujon, Kabupaten Malang, Rabu (6/3/2024).
Kapolsek Pujon AKP Hari Santoso mengatakan longsor terjadi setelah hujan deras mengguyur kawasan itu sejak sore. Seorang penghuni rumah mengalami luka ringan dan dibawa ke puskesmas.
Kasi Humas Polres Malang AKP Gandhi Pratama menambahkan, Polres Malang menyiagakan personel di jalur Malang–Kediri yang rawan longsor dan mengimbau pengendara berhati-hati saat hujan.""",
        primary_unit="Polres Malang",
        region="Kabupaten Malang",
        province="Jawa Timur",
        officers=[("AKP", "Hari Santoso"), ("AKP", "Gandhi Pratama")],
        topic="bencana",
    ),
    dict(
        id="h60",
        source="hand-written; Bareskrim national case after the Mabes press-conference form (Dirtipidnarkoba quoted, JAKARTA dateline)",
        title="Bareskrim Polri Bongkar Jaringan Sabu Malaysia–Kalimantan, 40 Kilogram Disita",
        text="""JAKARTA – Bareskrim Polri membongkar jaringan peredaran sabu internasional dari Malaysia yang masuk melalui jalur darat Kalimantan Barat. Sebanyak 40 kilogram sabu disita dan lima tersangka ditangkap di Pontianak, Banjarmasin dan Surabaya.
Dirtipidnarkoba Bareskrim Polri Brigjen Pol Mukti Wijaya, S.I.K., M.Si. dalam konferensi pers di Gedung Bareskrim, Jakarta, Selasa (10/10/2023), mengatakan sabu disembunyikan di dalam tangki truk pengangkut minyak sawit.
"Jaringan ini sudah kami pantau selama tiga bulan," ujar Brigjen Pol Mukti.
Para tersangka dijerat Pasal 114 ayat (2) dan Pasal 132 UU Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman mati.""",
        primary_unit="Bareskrim",
        region=None,
        province="Daerah Khusus Ibukota Jakarta",
        officers=[("Brigjen Pol", "Mukti Wijaya")],
        topic="narkoba",
    ),
    dict(
        id="h61",
        source="hand-written; rank-less deputy named first, ranked short form later, after dapurrakyatnews (Polres Tala Jumat Curhat: 'diwakili Wakapolres Muhammad Irfan' … 'kata Kompol Irfan')",
        title="Wakapolres Batola Pimpin Jumat Curhat di Alalak",
        text="""Marabahan – Kapolres Barito Kuala yang diwakili Wakapolres Budi Santika menggelar Jumat Curhat bersama warga Desa Berangas, Kecamatan Alalak, Jumat (24/11/2023) pagi.
Warga mengeluhkan truk bertonase besar yang melintas di jalan desa pada malam hari sehingga jalan cepat rusak dan membahayakan anak-anak.
"Hari ini saya turun langsung mewakili bapak Kapolres untuk mendengarkan keluhan warga," kata Kompol Budi kepada media.
Kompol Budi berjanji keluhan tersebut akan dikoordinasikan dengan Satlantas dan Dinas Perhubungan Kabupaten Barito Kuala.""",
        primary_unit="Polres Barito Kuala",
        region="Kabupaten Barito Kuala",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Budi Santika")],
        topic="kamtibmas",
    ),
]

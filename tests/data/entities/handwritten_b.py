# ruff: noqa: E501 - release prose reads better unbroken
"""Hand-written releases, part B: more Kalimantan Selatan forms (see handwritten_a.py)."""

ENTRIES = [
    dict(
        id="h26",
        source="hand-written; flood aid by a Polsek with its Polres as qualifier after darahjuang.online (Kapolsek Kurau banjir, dapur umum)",
        title="Polsek Kurau Polres Tala Salurkan Bantuan untuk Korban Banjir di Desa Sarikandi",
        text="""Pelaihari – Polsek Kurau Polres Tanah Laut menyalurkan bantuan paket sembako dan air bersih kepada warga yang rumahnya terendam banjir di Desa Sarikandi, Kecamatan Kurau, Sabtu (13/1/2024).
Kapolsek Kurau Iptu Darmawan Saleh mengatakan banjir sudah tiga hari merendam permukiman warga dengan ketinggian air 50 hingga 70 sentimeter akibat luapan sungai dan air pasang.
"Selain menyalurkan bantuan, personel kami juga membantu warga memindahkan barang-barang ke tempat yang lebih tinggi dan mendirikan dapur umum," kata Iptu Darmawan.
Bantuan diterima langsung oleh Kepala Desa Sarikandi dan dibagikan kepada 85 kepala keluarga terdampak.""",
        primary_unit="Polsek Kurau",
        region="Kabupaten Tanah Laut",
        province="Kalimantan Selatan",
        officers=[("Iptu", "Darmawan Saleh")],
        topic="bencana",
    ),
    dict(
        id="h27",
        source="hand-written; large sabu arrest after wartabanjar.com 2021-03 (Polres Tapin) and publikaindonesia.com 2025-09 (Polres Banjar 19 kg)",
        title="Satresnarkoba Polres Tapin Gagalkan Peredaran 1 Kilogram Sabu di Binuang",
        text="""Rantau – Satresnarkoba Polres Tapin menggagalkan peredaran sabu seberat 1.012 gram di Jalan Ahmad Yani Km 101, Kecamatan Binuang, Kabupaten Tapin, Kamis (16/11/2023) malam. Seorang kurir berinisial RS (31) ditangkap.
Kapolres Tapin AKBP Ernesto Saiser, S.I.K. dalam konferensi pers di Mapolres Tapin, Sabtu (18/11/2023), mengatakan tersangka membawa sabu dari Samarinda menggunakan mobil rental dan berencana mengedarkannya di wilayah Hulu Sungai.
"Tersangka mengaku diupah Rp15 juta untuk sekali antar," ujar AKBP Ernesto didampingi Kasat Resnarkoba AKP Hendra Kurnia, S.H.
Tersangka dijerat Pasal 114 ayat (2) subsider Pasal 112 ayat (2) UU Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman mati atau penjara seumur hidup.""",
        primary_unit="Polres Tapin",
        region="Kabupaten Tapin",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Ernesto Saiser"), ("AKP", "Hendra Kurnia")],
        topic="narkoba",
    ),
    dict(
        id="h28",
        source="hand-written; gambling raid (sabung ayam) after suarabaru.id 2020-06 (operasi pekat) and antaranews Kalteng gambling items",
        title="Polres Banjar Gerebek Arena Sabung Ayam di Karang Intan, Tujuh Orang Diamankan",
        text="""MARTAPURA, Kalsel – Tim gabungan Satreskrim dan Satsamapta Polres Banjar menggerebek arena judi sabung ayam di kawasan kebun karet Desa Mandiangin, Kecamatan Karang Intan, Minggu (5/11/2023) siang. Tujuh orang diamankan beserta barang bukti.
Kasat Reskrim Polres Banjar AKP Abdul Jalil, S.H., M.H. mengatakan, dari lokasi petugas menyita 11 ekor ayam aduan, uang taruhan Rp3,4 juta dan sejumlah taji.
"Sebagian penjudi sempat melarikan diri ke dalam hutan. Kami masih memburu pemilik arena," katanya.
Ketujuh orang tersebut kini menjalani pemeriksaan di Mapolres Banjar dan terancam Pasal 303 KUHP tentang perjudian.""",
        primary_unit="Polres Banjar",
        region="Kabupaten Banjar",
        province="Kalimantan Selatan",
        officers=[("AKP", "Abdul Jalil")],
        topic="kriminal",
    ),
    dict(
        id="h29",
        source="hand-written; Samapta patrol against street racing after the Polresta Banjarmasin patrol items (kalsel.antaranews.com)",
        title="Satsamapta Polresta Banjarmasin Bubarkan Balap Liar di Jalan Gatot Subroto",
        text="""Banjarmasin – Personel Satsamapta Polresta Banjarmasin membubarkan aksi balap liar di Jalan Gatot Subroto, Kecamatan Banjarmasin Timur, Minggu (26/11/2023) dini hari. Sebanyak 14 sepeda motor tanpa kelengkapan standar diamankan.
Kasat Samapta Polresta Banjarmasin Kompol Sunarto, S.H. mengatakan pembubaran dilakukan setelah warga mengeluhkan suara knalpot brong dan aksi kebut-kebutan yang membahayakan pengguna jalan lain.
"Sepeda motor yang kami amankan baru bisa diambil setelah pemiliknya membawa surat-surat kendaraan dan mengganti knalpot dengan yang standar," katanya.
Para pemuda yang terjaring didata dan diberi pembinaan sebelum dijemput orang tua masing-masing.""",
        primary_unit="Polresta Banjarmasin",
        region="Kota Banjarmasin",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Sunarto")],
        topic="lalu_lintas",
    ),
    dict(
        id="h30",
        source="hand-written; Polsek patrol with personnel named by rank only, after polreshulusungaiutara.com ?p=3141 (Polsek Babirik, patrol led by Aipda …)",
        title="Polsek Babirik Gelar Patroli Dialogis di Desa Babirik Hilir",
        text="""Amuntai – Dalam rangka menjaga situasi kamtibmas tetap kondusif, jajaran Polsek Babirik Polres Hulu Sungai Utara (HSU) melaksanakan patroli dialogis dan sambang di Desa Babirik Hilir, Minggu (10/8/2025) pukul 10.00 Wita.
Patroli dipimpin Aipda Novianto dan Bripda M. Fadhil Rahman menggunakan satu unit mobil patroli. Personel menyambangi warga di pasar dan pangkalan perahu untuk memberikan imbauan kamtibmas serta mendengarkan keluhan warga.
Kapolres Hulu Sungai Utara AKBP Agus Nurcahyo, S.I.K., M.Si. mengapresiasi kegiatan tersebut. "Patroli dialogis adalah cara efektif menghadirkan Polri di tengah masyarakat," ujarnya.
Penulis: Humas Polres HSU""",
        primary_unit="Polsek Babirik",
        region="Kabupaten Hulu Sungai Utara",
        province="Kalimantan Selatan",
        officers=[("Aipda", "Novianto"), ("Bripda", "M. Fadhil Rahman"), ("AKBP", "Agus Nurcahyo")],
        topic="kamtibmas",
    ),
    dict(
        id="h31",
        source="hand-written; pemilu outreach to first-time voters after the demo corpus 'Sasar Pemilih Pemula, Polres Batola Sosialisasi Pemilu Damai'",
        title="Kapolres Tabalong Ajak Pelajar SMAN 1 Tanjung Jadi Pemilih Cerdas",
        text="""Tanjung – Kapolres Tabalong AKBP Wahyu Setiawan, S.H., S.I.K., M.H. memberikan sosialisasi Pemilu damai kepada ratusan pelajar SMAN 1 Tanjung, Kecamatan Tanjung, Senin (27/11/2023).
Di hadapan para pemilih pemula, Kapolres mengajak pelajar menggunakan hak pilih pada 14 Februari 2024 dan tidak mudah termakan berita bohong atau hoaks selama masa kampanye.
"Perbedaan pilihan itu biasa. Jangan sampai karena beda pilihan, persaudaraan kita rusak," kata AKBP Wahyu.
Kegiatan juga diisi penjelasan tata cara pencoblosan di TPS oleh anggota KPU Kabupaten Tabalong.""",
        primary_unit="Polres Tabalong",
        region="Kabupaten Tabalong",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Wahyu Setiawan")],
        topic="pemilu",
    ),
    dict(
        id="h32",
        source="hand-written; blood donation for Hari Bhayangkara after the sosial items of Polres sites",
        title="Sambut Hari Bhayangkara ke-78, Polres Banjarbaru Gelar Donor Darah",
        text="""Banjarbaru – Menyambut Hari Bhayangkara ke-78, Polres Banjarbaru bekerja sama dengan PMI Kota Banjarbaru menggelar kegiatan donor darah di Aula Joglo Mapolres Banjarbaru, Kamis (20/6/2024).
Sebanyak 112 kantong darah terkumpul dari personel Polres Banjarbaru, Bhayangkari, mahasiswa dan masyarakat umum yang ikut mendonorkan darahnya.
Wakapolres Banjarbaru Kompol Ahmad Fauzan, S.I.K. mengatakan kegiatan sosial ini merupakan wujud kepedulian Polri kepada masyarakat yang membutuhkan darah.
"Setetes darah yang kita donorkan sangat berarti bagi saudara-saudara kita yang sedang berjuang di rumah sakit," ujarnya.""",
        primary_unit="Polres Banjarbaru",
        region="Kota Banjarbaru",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Ahmad Fauzan")],
        topic="sosial",
    ),
    dict(
        id="h33",
        source="hand-written; body found in a river after the samplesite penemuan_mayat template and Banjar Polsek list (bidhumaspoldakalsel.com 2020-12)",
        title="Mayat Pria Tanpa Identitas Ditemukan Mengapung di Sungai Martapura",
        text="""Martapura – Warga Desa Lok Baintan, Kecamatan Sungai Tabuk, Kabupaten Banjar, dikejutkan dengan penemuan sesosok mayat pria mengapung di Sungai Martapura, Selasa (14/11/2023) sekitar pukul 06.30 Wita.
Mayat pertama kali dilihat pedagang pasar terapung yang sedang mendayung jukung, lalu dilaporkan ke Polsek Sungai Tabuk.
Kapolsek Sungai Tabuk Iptu Rudi Hartanto mengatakan korban diperkirakan berusia 40 tahun, mengenakan kaus biru dan celana pendek hitam. "Belum ditemukan tanda-tanda kekerasan. Jenazah sudah kami bawa ke RSUD Ratu Zalecha untuk visum," katanya.
Polisi meminta warga yang merasa kehilangan anggota keluarga dengan ciri-ciri tersebut segera menghubungi Polsek Sungai Tabuk.""",
        primary_unit="Polsek Sungai Tabuk",
        region="Kabupaten Banjar",
        province="Kalimantan Selatan",
        officers=[("Iptu", "Rudi Hartanto")],
        topic="kriminal",
    ),
    dict(
        id="h34",
        source="hand-written; Polsek karhutla equipment check after baritopost.co.id 2020-08 (Polsek Kelumpang Hulu, Polres Kotabaru)",
        title="Antisipasi Karhutla, Polsek Kelumpang Hulu Cek Kesiapan Mobil Damkar Perusahaan",
        text="""Polres Kotabaru Polda Kalsel, Berbagai upaya untuk mengantisipasi kebakaran hutan dan lahan (karhutla) terus dilakukan jajaran Polsek Kelumpang Hulu.
Kapolsek Kelumpang Hulu Iptu Rizky Ananda Putra, S.Tr.K. bersama anggota mengecek kesiapan mobil pemadam kebakaran dan peralatan penanganan karhutla milik perusahaan perkebunan di Desa Karang Payau, Kecamatan Kelumpang Hulu, Minggu (20/8/2023).
"Peralatan dan personel sudah siap, jadi apabila ada kejadian kebakaran bisa langsung bergerak," kata Iptu Rizky.
Kapolsek juga mengimbau masyarakat tidak membuka lahan dengan cara membakar karena selain berbahaya juga melanggar hukum.""",
        primary_unit="Polsek Kelumpang Hulu",
        region="Kabupaten Kotabaru",
        province="Kalimantan Selatan",
        officers=[("Iptu", "Rizky Ananda Putra")],
        topic="bencana",
    ),
    dict(
        id="h35",
        source="hand-written; Bhabinkamtibmas visit (the issue's example 'Bhabinkamtibmas Desa Tabanio Aipda …'), Polsek named in the text",
        title="Bhabinkamtibmas Desa Tabanio Ajak Nelayan Jaga Keamanan Kampung",
        text="""Pelaihari – Bhabinkamtibmas Desa Tabanio Aipda Syahrani menyambangi kelompok nelayan di dermaga Desa Tabanio, Kecamatan Takisung, Kabupaten Tanah Laut, Rabu (8/11/2023) pagi.
Dalam kesempatan itu Aipda Syahrani mengajak nelayan menghidupkan kembali ronda malam untuk mencegah pencurian mesin perahu yang beberapa kali terjadi di wilayah itu.
Kapolsek Takisung Iptu Wahyudi, S.H. mengatakan para Bhabinkamtibmas Polsek Takisung diperintahkan rutin mengunjungi warga di desa binaan masing-masing.
"Dengan kedekatan ini warga tidak ragu melapor jika ada hal-hal yang mencurigakan," ujar Iptu Wahyudi.""",
        primary_unit="Polsek Takisung",
        region="Kabupaten Tanah Laut",
        province="Kalimantan Selatan",
        officers=[("Aipda", "Syahrani"), ("Iptu", "Wahyudi")],
        topic="kamtibmas",
    ),
    dict(
        id="h36",
        source="hand-written; Satbinmas drug-prevention talk at a school after the Binmas outreach releases (Sat Binmas Polres Batola in the demo corpus)",
        title="Sat Binmas Polres HSS Sosialisasi Bahaya Narkoba di SMPN 1 Kandangan",
        text="""Kandangan – Satuan Pembinaan Masyarakat (Sat Binmas) Polres Hulu Sungai Selatan memberikan penyuluhan bahaya narkoba kepada 300 siswa SMPN 1 Kandangan, Kecamatan Kandangan, Selasa (21/11/2023).
Kasat Binmas Polres HSS Iptu Noor Ifansyah menjelaskan jenis-jenis narkoba yang beredar, seperti sabu, ganja dan obat-obatan terlarang, serta dampaknya bagi kesehatan dan masa depan pelajar.
"Narkoba sekarang menyasar anak sekolah lewat teman sebaya. Tolak sejak awal dan segera laporkan kepada guru atau polisi," kata Iptu Noor.
Kepala SMPN 1 Kandangan berharap penyuluhan tentang narkoba dapat dilakukan rutin setiap semester.""",
        primary_unit="Polres Hulu Sungai Selatan",
        region="Kabupaten Hulu Sungai Selatan",
        province="Kalimantan Selatan",
        officers=[("Iptu", "Noor Ifansyah")],
        topic="narkoba",
    ),
    dict(
        id="h37",
        source="hand-written; promotion ceremony after the internal items of Polres sites (korps raport kenaikan pangkat)",
        title="36 Personel Polres Tanah Laut Naik Pangkat",
        text="""Pelaihari – Sebanyak 36 personel Polres Tanah Laut menerima kenaikan pangkat setingkat lebih tinggi periode 1 Januari 2024. Upacara korps raport kenaikan pangkat digelar di Lapangan Apel Mapolres Tanah Laut, Selasa (2/1/2024).
Upacara dipimpin Kapolres Tanah Laut AKBP Hendra Wijaya Saputra, S.I.K., M.H. Personel yang naik pangkat terdiri atas dua perwira, 31 bintara dan tiga aparatur sipil negara.
"Kenaikan pangkat bukan hanya hak, tetapi juga amanah dan tanggung jawab yang lebih besar," kata AKBP Hendra dalam amanatnya.
Usai upacara, acara dilanjutkan dengan pemberian ucapan selamat oleh pejabat utama dan Ketua Bhayangkari Cabang Tanah Laut.""",
        primary_unit="Polres Tanah Laut",
        region="Kabupaten Tanah Laut",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Hendra Wijaya Saputra")],
        topic="internal",
    ),
    dict(
        id="h38",
        source="hand-written; Dirlantas visit to Operasi Ketupat posts after bakabar.com 2021-05 (Dirlantas Polda Kalsel cek pos di Tanbu)",
        title="Dirlantas Polda Kalsel Cek Pos Operasi Ketupat Intan di Satui",
        text="""apahabar.com, BATULICIN – Guna memastikan kesiapan pengamanan arus mudik, Dirlantas Polda Kalsel Kombes Pol Dwi Asmoro, S.I.K. mengecek pos pengamanan Operasi Ketupat Intan 2023 di Kecamatan Satui, Kabupaten Tanah Bumbu, Senin (17/4/2023).
Kedatangan Dirlantas disambut Kabag Ops Polres Tanah Bumbu Kompol Agus Rusdiansyah dan Kasat Lantas AKP Angga Satria.
"Kesiapan petugas, ruang istirahat pemudik dan kelengkapan pos harus dipastikan sebelum puncak arus mudik," tegas Kombes Pol Dwi Asmoro.
Polres Tanah Bumbu mendirikan lima pos yang tersebar di Satui, Angsana, Kusan Hilir, Pelabuhan Feri Batulicin dan Simpang Empat.""",
        primary_unit="Polda Kalimantan Selatan",
        region="Kabupaten Tanah Bumbu",
        province="Kalimantan Selatan",
        officers=[
            ("Kombes Pol", "Dwi Asmoro"),
            ("Kompol", "Agus Rusdiansyah"),
            ("AKP", "Angga Satria"),
        ],
        topic="pengamanan",
    ),
    dict(
        id="h39",
        source="hand-written; gambling raid by an inferred Polsek (dice gambling) after globalplanet.news (judi kopyok) and the Tabalong Polsek list",
        title="Polsek Tanta Gerebek Judi Dadu di Pesta Pernikahan",
        text="""TABALONG – Personel Polsek Tanta Polres Tabalong menggerebek praktik judi dadu di sela pesta pernikahan warga di Desa Barimbun, Kecamatan Tanta, Sabtu (25/11/2023) malam.
Kapolsek Tanta Ipda Heriyanto mengatakan petugas mengamankan tiga orang yang diduga sebagai bandar dan pemain beserta uang taruhan Rp870 ribu, satu set dadu dan tikar alas judi.
"Kami sudah berulang kali mengimbau agar tidak ada perjudian dalam acara hajatan, tetapi masih saja ada yang nekat," katanya.
Ketiganya dibawa ke Mapolsek Tanta untuk pemeriksaan lebih lanjut.""",
        primary_unit="Polsek Tanta",
        region="Kabupaten Tabalong",
        province="Kalimantan Selatan",
        officers=[("Ipda", "Heriyanto")],
        topic="kriminal",
    ),
    dict(
        id="h40",
        source="hand-written; release with no unit in the title or lead, the Polres only in the sign-off and the chain, after the Blogger-style reposts carried by aggregators",
        title="Warga Diminta Waspadai Penipuan Bermodus Hadiah Undian",
        text="""Rantau – Warga diminta mewaspadai penipuan melalui pesan singkat dan telepon yang mengatasnamakan perusahaan dan menjanjikan hadiah undian.
Kasi Humas Polres Tapin Iptu Rahmat Syarifuddin mengatakan dalam sebulan terakhir pihaknya menerima empat laporan warga yang tertipu dengan total kerugian Rp23 juta. Para korban diminta mentransfer uang sebagai biaya pajak hadiah.
"Jangan pernah mentransfer uang kepada orang yang tidak dikenal. Kalau ragu, tanyakan kepada Bhabinkamtibmas atau datang ke kantor polisi terdekat," ujarnya.
Laporan para korban kini ditangani Unit Pidsus Satreskrim.
(rel/Humas Polres Tapin)""",
        primary_unit="Polres Tapin",
        region="Kabupaten Tapin",
        province="Kalimantan Selatan",
        officers=[("Iptu", "Rahmat Syarifuddin")],
        topic="kriminal",
    ),
    dict(
        id="h41",
        source="hand-written; event security for a haul after the Banjar Polres items (Haul Guru Sekumpul is the largest yearly gathering in Martapura)",
        title="Polsek Martapura Kota Siagakan Personel di Jalur Menuju Sekumpul",
        text="""Martapura – Menjelang puncak Haul ke-19 KH Muhammad Zaini Abdul Ghani (Guru Sekumpul), Polsek Martapura Kota menyiagakan personel di sejumlah titik jalur menuju kawasan Sekumpul, Kelurahan Jawa, Kecamatan Martapura, Sabtu (13/1/2024).
Kapolsek Martapura Kota Kompol Mahmud Syafii, S.H. mengatakan personel membantu mengatur arus jemaah yang datang dari berbagai daerah serta mengamankan kantong-kantong parkir.
"Jemaah diperkirakan mencapai lebih dari satu juta orang. Kami bersinergi dengan TNI, Dishub dan relawan agar pengamanan haul berjalan lancar," katanya.""",
        primary_unit="Polsek Martapura Kota",
        region="Kabupaten Banjar",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Mahmud Syafii")],
        topic="pengamanan",
    ),
    dict(
        id="h42",
        source="hand-written; service launch (lainnya) after Polres public-service items (SKCK / SIM services)",
        title="Polres HSU Luncurkan Layanan SKCK Keliling ke Kecamatan",
        text="""Amuntai – Polres Hulu Sungai Utara meluncurkan layanan pembuatan Surat Keterangan Catatan Kepolisian (SKCK) keliling yang akan mendatangi kantor-kantor kecamatan secara bergiliran, Senin (4/12/2023).
Kasat Intelkam Polres HSU AKP Heru Prasetyo mengatakan layanan ini ditujukan bagi warga di kecamatan yang jauh dari pusat kota, seperti Paminggir dan Danau Panggang, yang selama ini harus menempuh perjalanan berjam-jam.
"Warga cukup membawa fotokopi KTP, kartu keluarga dan pas foto. SKCK bisa langsung jadi di tempat," ujarnya.
Pada hari pertama layanan yang digelar di Kantor Kecamatan Babirik, sebanyak 57 warga mengurus SKCK.""",
        primary_unit="Polres Hulu Sungai Utara",
        region="Kabupaten Hulu Sungai Utara",
        province="Kalimantan Selatan",
        officers=[("AKP", "Heru Prasetyo")],
        topic="lainnya",
    ),
    dict(
        id="h43",
        source="hand-written; all-caps officer names and a Polsek-level Kanit, after liputansulteng (IPTU ZULHAM …, KOMPOL …) written for a Kalsel Polsek",
        title="Polsek Anjir Pasar Amankan Dua Pelaku Pengeroyokan di Acara Organ Tunggal",
        text="""Marabahan – Unit Reskrim Polsek Anjir Pasar, Polres Barito Kuala, mengamankan dua pemuda yang diduga melakukan pengeroyokan saat pertunjukan organ tunggal di Desa Anjir Pasar Kota, Kecamatan Anjir Pasar, Sabtu (11/11/2023) malam.
Penangkapan dipimpin Kanit Reskrim Polsek Anjir Pasar IPDA MUHAMMAD RIDWAN, S.H. Kedua pelaku berinisial AF (20) dan RJ (23) diamankan di rumah masing-masing tanpa perlawanan.
Kapolsek Anjir Pasar IPTU SURYADI BAHRUN membenarkan penangkapan tersebut. Menurutnya, korban mengalami luka memar di kepala dan wajah setelah dipukul beramai-ramai karena bersenggolan saat berjoget.
Kedua pelaku dijerat Pasal 170 KUHP tentang kekerasan bersama-sama terhadap orang.""",
        primary_unit="Polsek Anjir Pasar",
        region="Kabupaten Barito Kuala",
        province="Kalimantan Selatan",
        officers=[("Ipda", "Muhammad Ridwan"), ("Iptu", "Suryadi Bahrun")],
        topic="kriminal",
    ),
    dict(
        id="h44",
        source="hand-written; Polda-level cyber case with a Subdit head and full rank words, after antaranews Kalteng (Dirreskrimum quoted) and Kompas-style rank spelling",
        title="Ditreskrimsus Polda Kalsel Ungkap Penipuan Arisan Online Rp2,7 Miliar",
        text="""BANJARBARU – Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Kalsel mengungkap kasus penipuan berkedok arisan online dengan 126 korban dan total kerugian Rp2,7 miliar. Seorang perempuan berinisial NA (34) ditetapkan sebagai tersangka.
Kepala Subdirektorat Siber Ditreskrimsus Polda Kalsel Ajun Komisaris Besar Polisi Teguh Santoso mengatakan tersangka menjaring anggota arisan melalui media sosial dengan menjanjikan keuntungan 30 persen dalam dua pekan.
"Uang arisan dipakai tersangka untuk membeli mobil, perhiasan dan menutup pembayaran anggota lama," kata Teguh, Rabu (29/11/2023).
Tersangka dijerat Pasal 378 KUHP tentang penipuan dan Pasal 28 ayat (1) UU ITE.""",
        primary_unit="Polda Kalimantan Selatan",
        region="Kota Banjarbaru",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Teguh Santoso")],
        topic="kriminal",
    ),
    dict(
        id="h45",
        source="hand-written; Tribratanews national-portal dateline chain ('TRIBRATANEWS.POLRI.GO.ID – KALSEL – Pelaihari –') as listed in tests/syndication/README.md, on a Polres Tala patrol",
        title="Cegah Pencurian Ternak, Polres Tala Patroli Malam di Bati-Bati",
        text="""TRIBRATANEWS.POLRI.GO.ID – KALSEL – Pelaihari – Tim Patroli Presisi Polres Tanah Laut menggelar patroli malam di sejumlah desa di Kecamatan Bati-Bati, Kamis (16/11/2023) malam, menyusul laporan warga tentang hilangnya sapi di Desa Benua Raya.
Kasat Samapta Polres Tanah Laut AKP Joko Susilo mengatakan patroli menyasar kandang-kandang ternak di pinggir desa dan jalan-jalan yang sepi penerangan.
"Kami juga mengajak warga kembali mengaktifkan ronda malam di setiap RT," ujar AKP Joko.
Patroli dilanjutkan dengan menyambangi pos kamling dan memberikan imbauan kamtibmas kepada warga yang sedang berjaga.""",
        primary_unit="Polres Tanah Laut",
        region="Kabupaten Tanah Laut",
        province="Kalimantan Selatan",
        officers=[("AKP", "Joko Susilo")],
        topic="kamtibmas",
    ),
]

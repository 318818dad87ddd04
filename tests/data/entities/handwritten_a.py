# ruff: noqa: E501 - release prose reads better unbroken
"""Hand-written releases, part A: Kalimantan Selatan Polres and Polsek.

Written for this project after the public phrasing of Polri releases (Tribratanews /
Humas Polres pages and Kalsel regional news read through the project's search tool);
nothing is copied. Every person, number and event is invented; units, places and the
forms of ranks, titles and datelines are real. Each entry names in `source` the
pattern it follows. Labels are what a careful reader of the text concludes, decided
before the extractor was run on the text.
"""

ENTRIES = [
    dict(
        id="h01",
        source="hand-written; Operasi Zebra day report after metrokalimantan.com 2019-10 (Polantas Tanbu) and humas.polrestala.com 2019-10 (Ops Zebra Intan)",
        title="Hari Ketiga Operasi Zebra Intan 2023, Satlantas Polres Tala Tegur 63 Pengendara",
        text="""Pelaihari – Memasuki hari ketiga Operasi Zebra Intan 2023, Satuan Lalu Lintas (Satlantas) Polres Tanah Laut menggelar penertiban di simpang empat Jalan A. Yani Pelaihari, Rabu (6/9/2023) pagi.
Kapolres Tanah Laut AKBP Hendra Wijaya Saputra, S.I.K., M.H. melalui Kasat Lantas AKP Dwi Handoko, S.Tr.K. mengatakan, selama tiga hari operasi petugas telah memberikan teguran kepada 63 pengendara dan menilang 11 pengendara yang tidak membawa SIM maupun STNK.
"Pelanggaran paling banyak masih pengendara sepeda motor yang tidak memakai helm dan anak di bawah umur yang membawa kendaraan," kata AKP Dwi.
Operasi Zebra Intan 2023 berlangsung selama 14 hari, mulai 4 hingga 17 September 2023, dengan mengedepankan kegiatan preemtif dan preventif serta penindakan secara selektif.
Ia mengimbau masyarakat Kabupaten Tanah Laut melengkapi surat-surat kendaraan dan mematuhi rambu lalu lintas demi keselamatan bersama.""",
        primary_unit="Polres Tanah Laut",
        region="Kabupaten Tanah Laut",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Hendra Wijaya Saputra"), ("AKP", "Dwi Handoko")],
        topic="lalu_lintas",
    ),
    dict(
        id="h02",
        source="hand-written; Satresnarkoba arrest after kalsel.antaranews.com (Polresta Banjarmasin sabu) and republikberita.co.id 2026 (Polres Banjar narkoba); dateline style of banjarmasin.tribunnews.com",
        title="Simpan 12 Paket Sabu di Bawah Lantai, Pria Amuntai Utara Diringkus Satresnarkoba Polres HSU",
        text="""AMUNTAI, Kalsel – Satuan Reserse Narkoba (Satresnarkoba) Polres Hulu Sungai Utara (HSU) meringkus seorang pria berinisial AR (37) di rumahnya di Desa Pakacangan, Kecamatan Amuntai Utara, Selasa (14/11/2023) malam.
Kapolres HSU AKBP Andi Saputra Nugraha, SIK, MH melalui Kasat Resnarkoba Iptu Rahmat Hidayat, SH mengungkapkan, dari penggeledahan petugas menemukan 12 paket sabu dengan berat kotor 9,87 gram yang disembunyikan di bawah papan lantai dapur.
"Tersangka sudah lama kami intai setelah ada laporan warga bahwa rumah itu sering didatangi orang tidak dikenal," ujar Iptu Rahmat.
Selain sabu, polisi menyita satu timbangan digital, plastik klip kosong dan satu unit ponsel. Tersangka kini ditahan di Mapolres HSU dan dijerat Pasal 114 ayat (1) subsider Pasal 112 ayat (1) UU Nomor 35 Tahun 2009 tentang Narkotika.""",
        primary_unit="Polres Hulu Sungai Utara",
        region="Kabupaten Hulu Sungai Utara",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Andi Saputra Nugraha"), ("Iptu", "Rahmat Hidayat")],
        topic="narkoba",
    ),
    dict(
        id="h03",
        source="hand-written; Polsek curanmor arrest after kontak24jam.net 2021-05 (Polsek Kuranji) and the Kapolsek-led release form of polsek blogs",
        title="Polsek Kuranji Tangkap Pencuri Sepeda Motor di Desa Giri Mulya",
        text="""Tanah Bumbu – Unit Reskrim Polsek Kuranji Polres Tanah Bumbu menangkap seorang pemuda yang diduga mencuri sepeda motor milik warga Desa Giri Mulya, Kecamatan Kuranji, Kamis (19/10/2023).
Kapolsek Kuranji Iptu Sugeng Riyadi mengatakan pelaku berinisial MS (22) mengambil sepeda motor Honda Beat yang diparkir korban di teras rumah pada Selasa dini hari.
"Motor korban sempat dijual pelaku ke wilayah Kecamatan Satui. Anggota kami berhasil melacak dan mengamankan pelaku beserta barang bukti," kata Iptu Sugeng.
Atas perbuatannya, pelaku dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan. Pelaku dan barang bukti kini diamankan di Mapolsek Kuranji untuk proses penyidikan lebih lanjut.""",
        primary_unit="Polsek Kuranji",
        region="Kabupaten Tanah Bumbu",
        province="Kalimantan Selatan",
        officers=[("Iptu", "Sugeng Riyadi")],
        topic="kriminal",
    ),
    dict(
        id="h04",
        source="hand-written; Satreskrim penganiayaan case, Polresta release form (Kasat Reskrim quoted) after kalsel.antaranews.com and the BANJARMASIN, Kalsel dateline of kanalkalimantan-style portals",
        title="Cekcok Soal Utang, Warga Kelayan Tusuk Tetangga dengan Pisau",
        text="""BANJARMASIN, Kalsel – Satreskrim Polresta Banjarmasin mengamankan seorang pria berinisial HN (41) yang diduga menganiaya tetangganya menggunakan pisau di Jalan Kelayan B, Kelurahan Kelayan Tengah, Kecamatan Banjarmasin Selatan, Minggu (12/11/2023) sore.
Kasat Reskrim Polresta Banjarmasin Kompol Eko Prasetyo, S.I.K. mengatakan peristiwa bermula dari cekcok soal utang sebesar Rp500 ribu. Pelaku yang emosi lalu mengambil pisau dan menusuk korban berinisial SY (38) di bagian lengan dan punggung.
"Korban sudah mendapat perawatan di RSUD Ulin Banjarmasin. Pelaku kami tangkap kurang dari enam jam setelah kejadian," ujar Kompol Eko.
Pelaku dijerat Pasal 351 ayat (2) KUHP tentang penganiayaan yang mengakibatkan luka berat dengan ancaman hukuman lima tahun penjara.
(Humas Polresta Banjarmasin)""",
        primary_unit="Polresta Banjarmasin",
        region="Kota Banjarmasin",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Eko Prasetyo")],
        topic="kriminal",
    ),
    dict(
        id="h05",
        source="hand-written; Bid Humas Polda Kalsel statement after bidhumaspoldakalsel.com 2022-02 and dapurrakyatnews (Kabid Humas quoted); Operasi Ketupat phrasing after bakabar.com 2021-05",
        title="Polda Kalsel Siagakan 1.800 Personel Amankan Mudik Lebaran",
        text="""BANJARMASIN – Polda Kalimantan Selatan menyiagakan 1.800 personel gabungan dalam Operasi Ketupat Intan 2023 untuk mengamankan arus mudik dan balik Idulfitri 1444 Hijriah di seluruh wilayah Kalsel.
Kabid Humas Polda Kalsel Kombes Pol Muhammad Rifai, S.I.K. menyampaikan, personel tersebut tersebar di 63 pos pengamanan, 21 pos pelayanan dan 5 pos terpadu di jalur Trans Kalimantan maupun pelabuhan penyeberangan.
"Fokus kami kelancaran arus mudik, keamanan tempat ibadah saat salat Id dan objek wisata yang ramai dikunjungi saat libur lebaran," kata Kombes Pol Muhammad Rifai di Banjarmasin, Senin (17/4/2023).
Ia mengimbau pemudik memeriksa kondisi kendaraan sebelum berangkat dan beristirahat di pos pelayanan apabila lelah.""",
        primary_unit="Polda Kalimantan Selatan",
        region="Kota Banjarmasin",
        province="Kalimantan Selatan",
        officers=[("Kombes Pol", "Muhammad Rifai")],
        topic="pengamanan",
    ),
    dict(
        id="h06",
        source="hand-written; Ditresnarkoba pemusnahan after the detiknews.id Polda Kalsel items (mixer truck destruction) and kalsel.antaranews.com 321889",
        title="Ditresnarkoba Polda Kalsel Musnahkan 4,2 Kilogram Sabu Hasil Pengungkapan Oktober",
        text="""Banjarbaru – Direktorat Reserse Narkoba (Ditresnarkoba) Polda Kalsel memusnahkan barang bukti sabu seberat 4.213,5 gram dari tiga kasus yang diungkap sepanjang Oktober 2023, Kamis (2/11/2023), di halaman Mapolda Kalsel.
Pemusnahan dipimpin Wakapolda Kalsel Brigjen Pol Dr. Hartono Wibowo, M.Si. dan disaksikan perwakilan Kejaksaan Tinggi Kalsel, BNNP Kalsel serta para tersangka.
Dirresnarkoba Polda Kalsel Kombes Pol Budi Santoso, S.I.K., M.H. menjelaskan, sabu dimusnahkan dengan cara dilarutkan ke dalam air panas lalu dibuang ke saluran pembuangan.
"Dengan pemusnahan ini kita menyelamatkan sekitar 42 ribu jiwa dari bahaya penyalahgunaan narkoba," ujarnya.""",
        primary_unit="Polda Kalimantan Selatan",
        region="Kota Banjarbaru",
        province="Kalimantan Selatan",
        officers=[("Brigjen Pol", "Hartono Wibowo"), ("Kombes Pol", "Budi Santoso")],
        topic="narkoba",
    ),
    dict(
        id="h07",
        source="hand-written; pemilu security release after the founding mci.life article (Ketua KPU / Bawaslu named with position) and tribratanews pemilu items",
        title="Polres Banjar Amankan Rapat Pleno Rekapitulasi Suara di KPU Kabupaten Banjar",
        text="""Martapura – Sebanyak 120 personel Polres Banjar dikerahkan untuk mengamankan rapat pleno terbuka rekapitulasi hasil penghitungan suara Pemilu 2024 tingkat kabupaten di Aula KPU Kabupaten Banjar, Rabu (28/2/2024).
Kabag Ops Polres Banjar Kompol Saiful Anwar, S.H. mengatakan, pengamanan dilakukan secara berlapis mulai dari pintu masuk gedung, ruang pleno hingga gudang logistik tempat kotak suara disimpan.
Rapat pleno dibuka Ketua KPU Kabupaten Banjar Muhammad Hafizh Ridha dan dihadiri Ketua Bawaslu Kabupaten Banjar, saksi partai politik serta para PPK se-Kabupaten Banjar.
"Kami pastikan seluruh tahapan berjalan aman dan tertib sampai hasil rekapitulasi ditetapkan," kata Kompol Saiful.""",
        primary_unit="Polres Banjar",
        region="Kabupaten Banjar",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Saiful Anwar")],
        topic="pemilu",
    ),
    dict(
        id="h08",
        source="hand-written; Jumat Curhat led by the Wakapolres after dapurrakyatnews (Polres Tala Jumat Curhat 2023-07) and kalbaronline 2023-08",
        title="Jumat Curhat, Warga Tapin Utara Minta Polisi Tertibkan Balapan Liar",
        text="""Rantau – Polres Tapin menggelar Jumat Curhat bersama warga di Pos Kamling RT 04 Kelurahan Rangda Malingkung, Kecamatan Tapin Utara, Jumat (10/11/2023) pagi.
Kegiatan dipimpin Wakapolres Tapin Kompol Rudi Hartono didampingi Kasat Samapta AKP Yusran Effendi dan Bhabinkamtibmas setempat.
Dalam sesi curhat, warga mengeluhkan balapan liar di ruas jalan lingkar Rantau yang kerap berlangsung hingga dini hari dan membuat warga tidak bisa beristirahat.
"Keluhan ini kami catat dan akan segera kami tindak lanjuti dengan patroli malam di titik-titik yang disampaikan warga," kata Kompol Rudi.
Jumat Curhat merupakan program Polri untuk menampung aspirasi dan keluhan masyarakat secara langsung.""",
        primary_unit="Polres Tapin",
        region="Kabupaten Tapin",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Rudi Hartono"), ("AKP", "Yusran Effendi")],
        topic="kamtibmas",
    ),
    dict(
        id="h09",
        source="hand-written; Bhabinkamtibmas sambang after polressanggau.com 2020-09 and polreshulusungaiutara.com (Polsek Babirik patrol); Polsek Halong from grapena.com 2022-09",
        title="Bhabinkamtibmas Polsek Halong Sambangi Petani Karet di Desa Aniungan",
        text="""Paringin – Bhabinkamtibmas Polsek Halong Bripka Agus Salim menyambangi para petani karet di Desa Aniungan, Kecamatan Halong, Kabupaten Balangan, Sabtu (18/11/2023).
Dalam kunjungan itu, Bripka Agus berdialog dengan warga tentang harga karet yang turun serta mengingatkan warga agar tidak membuka lahan dengan cara membakar pada musim kemarau.
Kapolsek Halong Iptu Zainuddin mengatakan sambang desa merupakan tugas rutin Bhabinkamtibmas untuk mendekatkan polisi dengan masyarakat sekaligus mendeteksi potensi gangguan kamtibmas sejak dini.
"Kami ingin warga merasa aman dan tidak ragu menyampaikan persoalan kepada Bhabinkamtibmas di desanya," ujar Iptu Zainuddin.""",
        primary_unit="Polsek Halong",
        region="Kabupaten Balangan",
        province="Kalimantan Selatan",
        officers=[("Bripka", "Agus Salim"), ("Iptu", "Zainuddin")],
        topic="kamtibmas",
    ),
    dict(
        id="h10",
        source="hand-written; flood response after bidik-kasusnews.com 2025-12 (Polres HSU banjir monitoring) and banjarmasin.tribunnews.com flood items",
        title="Banjir Rendam Tiga Desa di Kelua, Polres Tabalong Evakuasi Warga Lansia",
        text="""TANJUNG – Hujan deras selama dua hari membuat Sungai Tabalong meluap dan merendam tiga desa di Kecamatan Kelua, Kabupaten Tabalong, Senin (22/1/2024). Ketinggian air di permukiman warga mencapai 80 sentimeter.
Personel Polres Tabalong bersama BPBD, TNI dan relawan mengevakuasi warga lanjut usia dan anak-anak dari Desa Pudak Setegal menggunakan perahu karet.
Kapolres Tabalong AKBP Wahyu Setiawan, S.H., S.I.K., M.H. yang meninjau lokasi mengatakan pihaknya mendirikan posko dan dapur umum di halaman Masjid Al Ikhlas Kelua.
"Kami siagakan personel 24 jam di posko. Warga yang membutuhkan bantuan evakuasi silakan menghubungi Call Center 110," ujarnya.
Hingga Senin sore, tercatat 412 kepala keluarga terdampak dan tidak ada korban jiwa.""",
        primary_unit="Polres Tabalong",
        region="Kabupaten Tabalong",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Wahyu Setiawan")],
        topic="bencana",
    ),
    dict(
        id="h11",
        source="hand-written; traffic management by a Polsek after restabalong.kalsel.polri.go.id 2024-10 (Polsek Murung Pudak pengaturan lalu lintas)",
        title="Personel Polsek Murung Pudak Atur Lalu Lintas Jam Sibuk di Depan Sekolah",
        text="""Tabalong – Personel Polsek Murung Pudak melaksanakan pengaturan lalu lintas pada jam berangkat sekolah di depan SDN Mabu'un dan SMPN 2 Murung Pudak, Kelurahan Mabu'un, Kecamatan Murung Pudak, Kamis (24/10/2024) pagi.
Kapolsek Murung Pudak AKP Bambang Suryadi, S.H. mengatakan kegiatan ini dilakukan setiap hari sekolah karena arus kendaraan di ruas jalan tersebut padat pada pukul 06.30 hingga 07.30 Wita.
"Kami membantu anak-anak menyeberang jalan dan mengurai kemacetan agar tidak terjadi kecelakaan," kata AKP Bambang.
Ia juga mengimbau para orang tua tidak membiarkan anak di bawah umur mengendarai sepeda motor ke sekolah.""",
        primary_unit="Polsek Murung Pudak",
        region="Kabupaten Tabalong",
        province="Kalimantan Selatan",
        officers=[("AKP", "Bambang Suryadi")],
        topic="lalu_lintas",
    ),
    dict(
        id="h12",
        source="hand-written; Sat Polairud patrol after tribratanews.kalsel.polri.go.id 2023-03-13 (Sat Polairud Polres Tanbu); dateline 'Polres X, Polda Kalsel –' from the same page",
        title="Sat Polairud Polres Kotabaru Patroli Perairan Selat Laut",
        text="""Polres Kotabaru, Polda Kalsel – Personel Satuan Polairud Polres Kotabaru melaksanakan patroli perairan di sepanjang Selat Laut hingga perairan Pulau Sebuku, Selasa (21/11/2023) siang.
Patroli bertujuan memberikan rasa aman kepada nelayan yang sedang melaut serta mencegah masuknya barang-barang terlarang melalui jalur laut.
Kasat Polairud Polres Kotabaru AKP Fajar Nugroho, S.Tr.K. mengatakan, selain berpatroli personel juga menyambangi nelayan di bagan-bagan ikan dan memberikan imbauan keselamatan berlayar.
"Kami minta nelayan selalu membawa pelampung dan memperhatikan prakiraan cuaca sebelum melaut," ujarnya.
Penulis : Rahmadi
Editor : Kompol Hasanuddin, S.Sos.""",
        primary_unit="Polres Kotabaru",
        region="Kabupaten Kotabaru",
        province="Kalimantan Selatan",
        officers=[("AKP", "Fajar Nugroho")],
        topic="kamtibmas",
    ),
    dict(
        id="h13",
        source="hand-written; Jumat Berkah release after the sosial releases of Polres sites (title with short form 'Polres Batola', baritopost.co.id 2020-10)",
        title="Jumat Berkah, Polres Batola Bagikan 150 Paket Sembako untuk Pengemudi Ojek",
        text="""Marabahan – Dalam program Jumat Berkah, Polres Barito Kuala membagikan 150 paket sembako kepada pengemudi ojek, buruh pelabuhan dan pedagang kecil di sekitar Dermaga Marabahan, Jumat (17/11/2023).
Kegiatan dipimpin langsung Kapolres Barito Kuala AKBP Dody Harza Kusumah, S.I.K. didampingi Ketua Bhayangkari Cabang Barito Kuala.
"Semoga bantuan ini sedikit meringankan beban saudara-saudara kita. Polri akan terus hadir di tengah masyarakat," kata AKBP Dody.
Salah seorang pengemudi ojek, Rusdi (52), mengaku senang menerima bantuan tersebut.""",
        primary_unit="Polres Barito Kuala",
        region="Kabupaten Barito Kuala",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Dody Harza Kusumah")],
        topic="sosial",
    ),
    dict(
        id="h14",
        source="hand-written; karhutla by a Polsek after baritopost.co.id 2020-08 (Polsek Kelumpang Hulu) and publikaindonesia.com 2025-09",
        title="Polsek Daha Selatan Bersama Manggala Agni Padamkan Karhutla di Desa Bajayau",
        text="""Kandangan – Personel Polsek Daha Selatan bersama Manggala Agni, BPBD dan Masyarakat Peduli Api memadamkan kebakaran lahan gambut di Desa Bajayau, Kecamatan Daha Selatan, Kabupaten Hulu Sungai Selatan, Minggu (24/9/2023) siang.
Kapolsek Daha Selatan Ipda Hendri Kurniawan mengatakan, titik api terpantau melalui aplikasi Sipongi sekitar pukul 11.00 Wita. Api yang membakar lahan seluas kurang lebih 2 hektare berhasil dipadamkan setelah empat jam.
"Kendala di lapangan sumber air yang jauh dan tanah gambut yang tebal, sehingga kami harus melakukan pendinginan agar api tidak muncul lagi," kata Ipda Hendri.
Polisi masih menyelidiki penyebab kebakaran dan mengimbau warga agar tidak membuka lahan dengan cara membakar.""",
        primary_unit="Polsek Daha Selatan",
        region="Kabupaten Hulu Sungai Selatan",
        province="Kalimantan Selatan",
        officers=[("Ipda", "Hendri Kurniawan")],
        topic="bencana",
    ),
    dict(
        id="h15",
        source="hand-written; sertijab release after the internal-news pattern of Polres sites (Kapolres pimpin sertijab, old and new officials named)",
        title="Kapolres HST Pimpin Sertijab Kasat Reskrim dan Dua Kapolsek",
        text="""Barabai – Kapolres Hulu Sungai Tengah AKBP Jupri Tampubolon, S.I.K. memimpin upacara serah terima jabatan (sertijab) Kasat Reskrim dan dua Kapolsek jajaran di Aula Mapolres HST, Senin (8/1/2024).
Jabatan Kasat Reskrim yang sebelumnya dijabat AKP Heri Sutrisno, S.H. kini diemban Iptu Andika Pratama, S.Tr.K., S.I.K. AKP Heri selanjutnya mendapat tugas baru di Ditreskrimum Polda Kalsel.
Sementara itu jabatan Kapolsek Haruyan diserahterimakan dari Iptu Samsul Bahri kepada Ipda Nor Hidayat, dan Kapolsek Batang Alai Selatan dari Iptu Abdul Gani kepada Iptu Riduan.
"Mutasi dan rotasi jabatan adalah hal yang biasa dalam organisasi Polri sebagai bentuk penyegaran dan pembinaan karier," kata AKBP Jupri dalam amanatnya.""",
        primary_unit="Polres Hulu Sungai Tengah",
        region="Kabupaten Hulu Sungai Tengah",
        province="Kalimantan Selatan",
        officers=[
            ("AKBP", "Jupri Tampubolon"),
            ("AKP", "Heri Sutrisno"),
            ("Iptu", "Andika Pratama"),
            ("Iptu", "Samsul Bahri"),
            ("Ipda", "Nor Hidayat"),
            ("Iptu", "Abdul Gani"),
            ("Iptu", "Riduan"),
        ],
        topic="internal",
    ),
    dict(
        id="h16",
        source="hand-written; judi online arrest after taslabnews.com 2024-09 (togel, Kanit Pidum) and nusantara24 2026-01 (Polres Pelabuhan Belawan)",
        title="Satreskrim Polres Banjarbaru Tangkap Admin Judi Online di Landasan Ulin",
        text="""BANJARBARU – Satreskrim Polres Banjarbaru menangkap seorang pria berinisial DF (29) yang diduga menjadi admin situs judi online di sebuah rumah kos di Kelurahan Landasan Ulin Timur, Kecamatan Landasan Ulin, Rabu (15/5/2024).
Kasat Reskrim Polres Banjarbaru AKP Tri Suharto, S.I.K. mengatakan, tersangka bertugas mengelola deposit dan penarikan dana para pemain dengan keuntungan Rp3 juta per pekan.
Dari tangan tersangka polisi menyita dua unit laptop, tiga ponsel, enam kartu ATM dan uang tunai Rp4,5 juta.
"Kami masih mengembangkan kasus ini untuk mengungkap pemilik situs dan jaringannya," kata AKP Tri. Tersangka dijerat Pasal 303 KUHP dan UU ITE.""",
        primary_unit="Polres Banjarbaru",
        region="Kota Banjarbaru",
        province="Kalimantan Selatan",
        officers=[("AKP", "Tri Suharto")],
        topic="kriminal",
    ),
    dict(
        id="h17",
        source="hand-written; togel arrest by a Polsek after benuanta.co.id 2019-09 and suarabaru.id 2020-06 (judi togel, rekapan)",
        title="Jual Kupon Togel di Warung, Warga Gambut Dibekuk Polisi",
        text="""Martapura – Unit Reskrim Polsek Gambut menangkap seorang pria berinisial JN (48) yang kedapatan menjual kupon judi toto gelap (togel) di warung miliknya di Desa Gambut Barat, Kecamatan Gambut, Kabupaten Banjar, Sabtu (4/11/2023) malam.
Kapolsek Gambut AKP Ahmad Yani Hasan, S.H. mengatakan, dari tangan pelaku petugas menyita uang tunai Rp1,2 juta, satu buku rekapan angka togel dan satu unit ponsel berisi pesanan nomor.
"Penangkapan berawal dari informasi masyarakat yang resah dengan aktivitas judi di warung tersebut," kata AKP Ahmad Yani.
Pelaku dijerat Pasal 303 KUHP tentang perjudian dengan ancaman pidana penjara paling lama 10 tahun.""",
        primary_unit="Polsek Gambut",
        region="Kabupaten Banjar",
        province="Kalimantan Selatan",
        officers=[("AKP", "Ahmad Yani Hasan")],
        topic="kriminal",
    ),
    dict(
        id="h18",
        source="hand-written; Operasi Lilin church security after the samplesite corpus forms and tribratanews Nataru items",
        title="Malam Natal, Polres Tanah Bumbu Sterilisasi 12 Gereja",
        text="""Batulicin – Menjelang ibadah malam Natal, personel Polres Tanah Bumbu melakukan sterilisasi di 12 gereja di wilayah Kecamatan Simpang Empat, Batulicin dan Kusan Hilir, Minggu (24/12/2023) sore.
Sterilisasi dilakukan bersama tim Jibom Satbrimob Polda Kalsel untuk memastikan tidak ada benda mencurigakan di dalam maupun di sekitar gereja.
Kapolres Tanah Bumbu AKBP Arief Prasetya Nugraha, S.I.K., M.Si. mengatakan sebanyak 230 personel gabungan TNI-Polri disiagakan selama perayaan Natal dan tahun baru dalam rangka Operasi Lilin Intan 2023.
"Kami ingin umat Kristiani dapat beribadah dengan aman dan khidmat," ujarnya.""",
        primary_unit="Polres Tanah Bumbu",
        region="Kabupaten Tanah Bumbu",
        province="Kalimantan Selatan",
        officers=[("AKBP", "Arief Prasetya Nugraha")],
        topic="pengamanan",
    ),
    dict(
        id="h19",
        source="hand-written; ANTARA-style Polsek report after antaranews.com 3667467 (Polsek Banjarmasin Barat 'Kampung Narkoba' patrol)",
        title="Polsek Banjarmasin Barat Gelar Patroli Malam Cegah Tawuran Remaja",
        text="""Banjarmasin (ANTARA) - Polsek Banjarmasin Barat, Kota Banjarmasin, Kalimantan Selatan, menggelar patroli malam di sejumlah titik rawan tawuran remaja di Kelurahan Teluk Tiram dan Kelurahan Pelambuan.
"Patroli ini kami gelar setiap malam mulai pukul 22.00 Wita untuk mencegah tawuran dan balapan liar yang meresahkan warga," kata Kapolsek Banjarmasin Barat Kompol Indra Gunawan di Banjarmasin, Sabtu.
Dalam patroli itu, petugas membubarkan sejumlah kelompok remaja yang masih berkumpul di tepi jalan dan meminta mereka pulang ke rumah masing-masing.
Indra mengimbau para orang tua lebih mengawasi anak-anak mereka pada malam hari.""",
        primary_unit="Polsek Banjarmasin Barat",
        region="Kota Banjarmasin",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Indra Gunawan")],
        topic="kamtibmas",
    ),
    dict(
        id="h20",
        source="hand-written; election logistics escort after the founding mci.life article (Polres Tanah Laut, Ketua KPU Tanah Laut) and the demo corpus 'Kawal Pergeseran Kotak Suara'",
        title="Polres Tala Kawal Distribusi Logistik Pemilu ke 11 Kecamatan",
        text="""Tanah Laut- Polres Tanah Laut Polda Kalsel mengawal pendistribusian logistik Pemilu 2024 dari gudang KPU Kabupaten Tanah Laut menuju 11 PPK se-Kabupaten Tanah Laut, Selasa (6/2/2024).
Wakapolres Tanah Laut Kompol Agus Susanto, S.H., M.H. mengatakan setiap truk pengangkut kotak suara dikawal dua personel bersenjata lengkap hingga tiba di kantor kecamatan.
Ketua KPU Kabupaten Tanah Laut Rahmat Hidayatullah menyampaikan terima kasih atas dukungan pengamanan dari kepolisian sehingga distribusi berjalan lancar.
"Kami pastikan logistik tiba dalam keadaan utuh dan tersegel," kata Kompol Agus.""",
        primary_unit="Polres Tanah Laut",
        region="Kabupaten Tanah Laut",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Agus Susanto")],
        topic="pemilu",
    ),
    dict(
        id="h21",
        source="hand-written; Christmas church security by a Polres after the Paringin/Balangan pages (grapena.com) and Nataru items",
        title="Ibadah Natal di Paringin Berlangsung Aman, Polres Balangan Turunkan 90 Personel",
        text="""PARINGIN – Polres Balangan menurunkan 90 personel untuk mengamankan ibadah Natal di tujuh gereja se-Kabupaten Balangan, Senin (25/12/2023).
Kabag Ops Polres Balangan Kompol Haryanto, S.Sos. mengatakan pengamanan dimulai sejak ibadah malam Natal dan dilanjutkan pada ibadah pagi hari, dibantu personel TNI, Satpol PP dan organisasi kemasyarakatan.
"Alhamdulillah seluruh rangkaian ibadah berjalan aman, tertib dan lancar," ujarnya.
Ia menambahkan, pengamanan akan terus dilakukan hingga perayaan malam pergantian tahun baru 2024.""",
        primary_unit="Polres Balangan",
        region="Kabupaten Balangan",
        province="Kalimantan Selatan",
        officers=[("Kompol", "Haryanto")],
        topic="pengamanan",
    ),
    dict(
        id="h22",
        source="hand-written; traffic accident report after the samplesite laka template and banjarmasin.tribunnews.com HSU items",
        title="Tabrakan Motor dan Pikap di Amuntai Selatan, Satu Pengendara Meninggal",
        text="""Amuntai – Kecelakaan lalu lintas antara sepeda motor dan mobil pikap terjadi di Jalan Lingkar Amuntai, Desa Telaga Silaba, Kecamatan Amuntai Selatan, Jumat (3/11/2023) sekitar pukul 17.15 Wita. Seorang pengendara sepeda motor meninggal dunia di lokasi.
Kasat Lantas Polres HSU AKP Bima Ardiansyah, S.I.K. membenarkan kejadian tersebut. Menurutnya, sepeda motor yang dikendarai korban berinisial RM (19) hilang kendali saat mendahului kendaraan lain lalu menabrak pikap dari arah berlawanan.
"Sopir pikap sudah kami amankan untuk dimintai keterangan. Kami imbau pengendara tidak memacu kendaraan dengan kecepatan tinggi," ujarnya.
Jenazah korban telah dibawa ke RSUD Pambalah Batung untuk visum sebelum diserahkan kepada keluarga.""",
        primary_unit="Polres Hulu Sungai Utara",
        region="Kabupaten Hulu Sungai Utara",
        province="Kalimantan Selatan",
        officers=[("AKP", "Bima Ardiansyah")],
        topic="lalu_lintas",
    ),
    dict(
        id="h23",
        source="hand-written; '<24 jam' arrest after the samplesite kilat template and Polres Banjar Polsek list (bidhumaspoldakalsel.com 2020-12)",
        title="Kurang dari 24 Jam, Polsek Astambul Ringkus Pencuri Kotak Amal Masjid",
        text="""Martapura – Tim Opsnal Polsek Astambul Polres Banjar meringkus seorang pria yang diduga mencuri uang kotak amal Masjid Nurul Huda di Desa Jati, Kecamatan Astambul, kurang dari 24 jam setelah kejadian, Rabu (22/11/2023).
Kapolsek Astambul Iptu M. Yusuf Effendi, S.H. mengatakan pelaku berinisial AS (26) terekam kamera CCTV masjid saat membongkar kotak amal pada Selasa malam.
"Dari rekaman CCTV kami langsung mengenali pelaku dan menangkapnya di rumah temannya di Desa Pingaran Ilir," katanya.
Dari tangan pelaku disita uang tunai Rp1,7 juta dan obeng yang digunakan untuk membongkar kotak amal. Pelaku dijerat Pasal 363 KUHP.""",
        primary_unit="Polsek Astambul",
        region="Kabupaten Banjar",
        province="Kalimantan Selatan",
        officers=[("Iptu", "M. Yusuf Effendi")],
        topic="kriminal",
    ),
    dict(
        id="h24",
        source="hand-written; Propam urine test after the internal items of Polres sites (Sipropam, tes urine personel)",
        title="Sipropam Polres Kotabaru Gelar Tes Urine Mendadak untuk 150 Personel",
        text="""KOTABARU – Seksi Profesi dan Pengamanan (Sipropam) Polres Kotabaru menggelar tes urine mendadak terhadap 150 personel usai apel pagi di halaman Mapolres Kotabaru, Senin (13/11/2023).
Kasi Propam Polres Kotabaru Iptu Hairil Anwar mengatakan tes urine dilakukan untuk memastikan tidak ada anggota yang terlibat penyalahgunaan narkoba, sesuai perintah pimpinan.
"Hasilnya seluruh personel yang diperiksa negatif. Kegiatan ini akan kami lakukan secara berkala dan tanpa pemberitahuan," katanya.
Kapolres Kotabaru AKBP Tri Suhartanto, S.I.K. menegaskan akan menindak tegas anggota yang terbukti menyalahgunakan narkoba sesuai kode etik profesi Polri.""",
        primary_unit="Polres Kotabaru",
        region="Kabupaten Kotabaru",
        province="Kalimantan Selatan",
        officers=[("Iptu", "Hairil Anwar"), ("AKBP", "Tri Suhartanto")],
        topic="internal",
    ),
    dict(
        id="h25",
        source="hand-written; Kapolda working visit after detiknews.id (Kapolda Kalsel karhutla) and bakabar.com (Dirlantas visits Tanbu)",
        title="Kapolda Kalsel Kunjungi Polres Tanbu, Minta Personel Jaga Netralitas",
        text="""Batulicin – Kapolda Kalimantan Selatan Irjen Pol Winarto, S.H., M.H. melakukan kunjungan kerja ke Polres Tanah Bumbu, Kamis (9/11/2023). Kedatangan Kapolda disambut Kapolres Tanah Bumbu AKBP Arief Prasetya Nugraha beserta pejabat utama.
Dalam arahannya di hadapan ratusan personel, Kapolda meminta seluruh anggota menjaga netralitas Polri selama tahapan Pemilu 2024 dan tidak menunjukkan dukungan kepada peserta pemilu mana pun, termasuk di media sosial.
"Netralitas adalah harga mati. Anggota yang melanggar akan saya tindak tegas," kata Irjen Pol Winarto.
Kapolda juga meninjau kesiapan posko Operasi Mantap Brata Intan dan gudang logistik KPU Kabupaten Tanah Bumbu.""",
        primary_unit="Polda Kalimantan Selatan",
        region="Kabupaten Tanah Bumbu",
        province="Kalimantan Selatan",
        officers=[("Irjen Pol", "Winarto"), ("AKBP", "Arief Prasetya Nugraha")],
        topic="pemilu",
    ),
]

"""The twelve press releases every platform imitation in this package publishes.

Written for these tests in the style of Humas Polri releases (datelines, ranks, "Senin
(15/1/2024)"); the events, people and numbers are invented, the places are real
geography only. ``local`` is the wall-clock time of publication in the zone of the site
that serves it (each server says which zone its site uses).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


@dataclass(frozen=True)
class Release:
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    local: datetime  # naive: the site's own wall-clock time
    author: str = "Humas"

    def aware(self, offset_hours: int) -> datetime:
        return self.local.replace(tzinfo=timezone(timedelta(hours=offset_hours)))

    def utc(self, offset_hours: int) -> datetime:
        return self.aware(offset_hours).astimezone(timezone.utc)


RELEASES: tuple[Release, ...] = (
    Release(
        "polres-tanah-laut-amankan-dua-pelaku-curanmor-di-pelaihari",
        "Polres Tanah Laut Amankan Dua Pelaku Curanmor di Pelaihari",
        (
            "Pelaihari – Satuan Reserse Kriminal Polres Tanah Laut mengamankan dua pria yang "
            "diduga mencuri sepeda motor di halaman sebuah masjid di Kelurahan Angsau, Senin "
            "(8/1/2024) sekitar pukul 21.30 Wita.",
            "Kasat Reskrim Polres Tanah Laut AKP Rahmat Hidayat menjelaskan, kedua pelaku "
            "berinisial AS (27) dan RN (24) ditangkap tidak lama setelah pemilik kendaraan "
            "melapor ke Polsek Pelaihari dengan membawa rekaman kamera pengawas.",
            "Dari tangan pelaku petugas menyita satu unit sepeda motor, sebuah kunci leter T "
            "dan dua telepon genggam. Keduanya mengaku sudah beraksi di tiga lokasi berbeda "
            "sejak akhir Desember 2023.",
            "Atas perbuatannya, kedua tersangka dijerat Pasal 363 KUHP tentang pencurian "
            "dengan pemberatan dengan ancaman hukuman paling lama tujuh tahun penjara.",
        ),
        ("Curanmor", "Polres Tanah Laut"),
        datetime(2024, 1, 9, 10, 12),
    ),
    Release(
        "bhabinkamtibmas-desa-ambungan-sambangi-petani-jelang-musim-tanam",
        "Bhabinkamtibmas Desa Ambungan Sambangi Petani Jelang Musim Tanam",
        (
            "Pelaihari – Bhabinkamtibmas Desa Ambungan Bripka Muhammad Fauzi menyambangi "
            "kelompok tani Harapan Jaya yang sedang menyiapkan lahan menjelang musim tanam, "
            "Rabu (10/1/2024) pagi.",
            "Dalam kunjungan itu Bripka Fauzi mengingatkan para petani agar tidak membuka "
            "lahan dengan cara membakar, mengingat sebagian wilayah Tanah Laut masih rawan "
            "kebakaran lahan ketika curah hujan menurun.",
            "Ketua kelompok tani, Sahrani, menyampaikan terima kasih atas kehadiran polisi di "
            "tengah warga dan berjanji meneruskan imbauan tersebut kepada 42 anggota "
            "kelompoknya.",
            "Kegiatan sambang seperti ini rutin dilakukan para Bhabinkamtibmas untuk menyerap "
            "keluhan masyarakat sekaligus menjaga situasi kamtibmas tetap kondusif.",
        ),
        ("Bhabinkamtibmas", "Karhutla"),
        datetime(2024, 1, 10, 14, 3),
    ),
    Release(
        "sat-lantas-polres-banjar-gelar-sosialisasi-tertib-berlalu-lintas-di-sman-1-martapura",
        "Sat Lantas Polres Banjar Gelar Sosialisasi Tertib Berlalu Lintas di SMAN 1 Martapura",
        (
            "Martapura – Satuan Lalu Lintas Polres Banjar menggelar sosialisasi keselamatan "
            "berlalu lintas bagi sekitar 600 pelajar SMAN 1 Martapura, Senin (15/1/2024) "
            "seusai upacara bendera.",
            "Kanit Kamsel Sat Lantas Polres Banjar Ipda Siti Rahmah memaparkan data kecelakaan "
            "sepanjang 2023 yang banyak melibatkan pengendara usia pelajar tanpa surat izin "
            "mengemudi dan tanpa helm.",
            "Para pelajar juga diajak mengenali rambu di sekitar sekolah dan mempraktikkan "
            "cara menyeberang jalan yang aman di depan gerbang sekolah yang berada di jalan "
            "nasional.",
            "Kepala sekolah menyambut baik kegiatan tersebut dan berharap Sat Lantas kembali "
            "hadir pada masa orientasi siswa baru tahun ajaran mendatang.",
        ),
        ("Lalu Lintas", "Polres Banjar"),
        datetime(2024, 1, 15, 11, 40),
    ),
    Release(
        "polsek-kurau-ungkap-peredaran-sabu-di-kawasan-pelabuhan-nelayan",
        "Polsek Kurau Ungkap Peredaran Sabu di Kawasan Pelabuhan Nelayan",
        (
            "Kurau – Unit Reskrim Polsek Kurau menangkap seorang pria yang diduga mengedarkan "
            "narkotika jenis sabu di kawasan pelabuhan nelayan, Kamis (18/1/2024) sekitar "
            "pukul 23.15 Wita.",
            "Kapolsek Kurau Iptu Agus Salim mengatakan penangkapan berawal dari laporan warga "
            "yang resah dengan banyaknya orang tak dikenal yang keluar masuk sebuah warung di "
            "ujung dermaga pada malam hari.",
            "Petugas menemukan tujuh paket sabu seberat 4,12 gram bruto yang disembunyikan di "
            "dalam kotak rokok, sebuah timbangan digital dan uang tunai Rp 850.000 yang diduga "
            "hasil penjualan.",
            "Tersangka kini ditahan di Mapolres Tanah Laut untuk penyidikan lebih lanjut dan "
            "dijerat Pasal 114 ayat (1) dan Pasal 112 ayat (1) Undang-Undang Nomor 35 Tahun "
            "2009 tentang Narkotika.",
        ),
        ("Narkoba", "Polsek Kurau"),
        datetime(2024, 1, 19, 9, 25),
    ),
    Release(
        "kapolres-tabalong-cek-kesiapan-gudang-logistik-pemilu-2024",
        "Kapolres Tabalong Cek Kesiapan Gudang Logistik Pemilu 2024",
        (
            "Tanjung – Kapolres Tabalong AKBP Hendra Gunawan mengecek kesiapan gudang "
            "penyimpanan logistik Pemilu 2024 milik KPU Kabupaten Tabalong di Kelurahan "
            "Mabuun, Selasa (23/1/2024).",
            "Kapolres memeriksa pintu, jendela, kamera pengawas dan alat pemadam api ringan, "
            "serta memastikan personel pengamanan berjaga selama 24 jam secara bergantian "
            "bersama petugas Linmas.",
            "Ketua KPU Tabalong menjelaskan surat suara untuk lima jenis pemilihan sudah "
            "diterima seluruhnya dan sedang disortir serta dilipat oleh 180 pekerja harian.",
            "Polres Tabalong menyiagakan 310 personel untuk mengamankan seluruh tahapan "
            "pemilu, mulai dari distribusi logistik hingga rekapitulasi suara di tingkat "
            "kecamatan.",
        ),
        ("Pemilu 2024", "Polres Tabalong"),
        datetime(2024, 1, 23, 16, 50),
    ),
    Release(
        "satpolairud-patroli-perairan-sungai-barito-antisipasi-kejahatan-air",
        "Satpolairud Patroli Perairan Sungai Barito Antisipasi Kejahatan di Air",
        (
            "Marabahan – Satuan Polisi Perairan dan Udara Polres Barito Kuala melaksanakan "
            "patroli di perairan Sungai Barito, Sabtu (27/1/2024), untuk mengantisipasi "
            "pencurian dan angkutan barang ilegal.",
            "Kasat Polairud AKP Yudi Prasetyo mengatakan patroli menyasar jalur kapal tongkang "
            "batu bara dan perahu penumpang antardesa yang ramai menjelang akhir pekan.",
            "Selain memeriksa kelengkapan dokumen kapal, petugas membagikan pelampung kepada "
            "motoris perahu penyeberangan dan mengingatkan mereka agar tidak mengangkut "
            "penumpang melebihi kapasitas.",
            "Patroli perairan akan terus ditingkatkan karena sungai masih menjadi jalur utama "
            "warga di sejumlah kecamatan di Barito Kuala.",
        ),
        ("Polairud", "Polres Barito Kuala"),
        datetime(2024, 1, 27, 8, 5),
    ),
    Release(
        "polres-hulu-sungai-utara-bagikan-bantuan-bagi-warga-terdampak-banjir",
        "Polres Hulu Sungai Utara Bagikan Bantuan bagi Warga Terdampak Banjir",
        (
            "Amuntai – Polres Hulu Sungai Utara menyalurkan 250 paket bahan pokok kepada warga "
            "yang rumahnya terendam banjir di Kecamatan Babirik dan Danau Panggang, Kamis "
            "(1/2/2024).",
            "Paket berisi beras, minyak goreng, mi instan dan air mineral itu diantar "
            "menggunakan perahu karena sebagian jalan desa masih tergenang hingga setinggi "
            "lutut orang dewasa.",
            "Kapolres Hulu Sungai Utara melalui Kasi Humas menyampaikan bahwa bantuan "
            "merupakan bentuk kepedulian Polri kepada masyarakat yang sedang menghadapi "
            "musibah.",
            "Personel Polsek jajaran juga membantu warga memindahkan barang berharga ke tempat "
            "yang lebih tinggi dan mendirikan posko pemantauan ketinggian air.",
        ),
        ("Bencana", "Polres HSU"),
        datetime(2024, 2, 1, 13, 30),
    ),
    Release(
        "tim-gabungan-polda-kalsel-gagalkan-penyelundupan-satwa-dilindungi",
        "Tim Gabungan Polda Kalsel Gagalkan Penyelundupan Satwa Dilindungi",
        (
            "Banjarmasin – Tim gabungan Ditreskrimsus Polda Kalimantan Selatan dan Balai "
            "Konservasi Sumber Daya Alam menggagalkan pengiriman satwa dilindungi di "
            "Pelabuhan Trisakti, Senin (5/2/2024) dini hari.",
            "Petugas menemukan empat ekor kukang dan dua ekor beruk di dalam keranjang plastik "
            "yang disembunyikan di antara muatan sayur di sebuah truk yang hendak menyeberang "
            "ke Surabaya.",
            "Sopir truk berinisial HM (41) mengaku hanya diminta mengantar barang dengan "
            "upah Rp 1,5 juta. Penyidik masih menelusuri pemilik satwa dan pembeli di kota "
            "tujuan.",
            "Seluruh satwa diserahkan ke BKSDA untuk menjalani pemeriksaan kesehatan sebelum "
            "dilepasliarkan ke habitatnya.",
        ),
        ("Satwa Dilindungi", "Polda Kalsel"),
        datetime(2024, 2, 5, 15, 45),
    ),
    Release(
        "polsek-bati-bati-gelar-jumat-curhat-bersama-warga-desa-padang",
        "Polsek Bati-Bati Gelar Jumat Curhat Bersama Warga Desa Padang",
        (
            "Bati-Bati – Polsek Bati-Bati menggelar Jumat Curhat bersama warga Desa Padang di "
            "balai desa setempat, Jumat (9/2/2024) selepas salat Jumat.",
            "Warga menyampaikan keluhan tentang balapan liar di jalan desa pada malam "
            "hari dan pencurian buah kelapa sawit di kebun plasma yang terjadi beberapa kali "
            "dalam sebulan terakhir.",
            "Kapolsek Bati-Bati Iptu Dedi Kurniawan berjanji menambah patroli malam di ruas "
            "jalan yang dikeluhkan dan mengajak warga menghidupkan kembali pos ronda di setiap "
            "RT.",
            "Jumat Curhat merupakan program Polri untuk mendengar langsung aspirasi "
            "masyarakat dan mencari jalan keluar bersama atas persoalan kamtibmas di desa.",
        ),
        ("Jumat Curhat", "Polsek Bati-Bati"),
        datetime(2024, 2, 9, 17, 20),
    ),
    Release(
        "pemungutan-suara-di-tapin-berjalan-aman-polres-tapin-pantau-tps",
        "Pemungutan Suara di Tapin Berjalan Aman, Polres Tapin Pantau TPS",
        (
            "Rantau – Pemungutan suara Pemilu 2024 di Kabupaten Tapin berlangsung aman dan "
            "lancar, Rabu (14/2/2024). Kapolres Tapin bersama Dandim 1010 Tapin memantau "
            "sejumlah TPS sejak pagi.",
            "Rombongan mendatangi TPS di Kecamatan Tapin Utara, Binuang dan Candi Laras "
            "Selatan, termasuk dua TPS yang hanya dapat dijangkau dengan perahu motor.",
            "Menurut Kapolres, seluruh personel pengamanan telah berada di TPS sejak pukul "
            "06.00 Wita dan tidak ditemukan gangguan berarti hingga penghitungan suara "
            "dimulai.",
            "Personel akan tetap mengawal kotak suara dari TPS ke PPS dan PPK sampai proses "
            "rekapitulasi di tingkat kabupaten selesai.",
        ),
        ("Pemilu 2024", "Polres Tapin"),
        datetime(2024, 2, 14, 19, 2),
    ),
    Release(
        "satreskrim-polresta-banjarmasin-tangkap-penipu-modus-arisan-daring",
        "Satreskrim Polresta Banjarmasin Tangkap Penipu Modus Arisan Daring",
        (
            "Banjarmasin – Satreskrim Polresta Banjarmasin menangkap seorang perempuan "
            "berinisial NR (33) yang diduga menipu puluhan anggota arisan daring dengan "
            "kerugian mencapai Rp 420 juta, Selasa (20/2/2024).",
            "Kasat Reskrim menjelaskan tersangka menjanjikan keuntungan berlipat bagi anggota "
            "yang menyetor lebih dulu, namun sejak November 2023 tidak lagi membayarkan "
            "giliran arisan.",
            "Sebanyak 37 korban melapor ke Polresta Banjarmasin dengan membawa bukti transfer "
            "dan tangkapan layar percakapan grup.",
            "Tersangka dijerat Pasal 378 dan Pasal 372 KUHP tentang penipuan dan penggelapan. "
            "Polisi mengimbau masyarakat lebih berhati-hati terhadap tawaran investasi yang "
            "tidak masuk akal.",
        ),
        ("Penipuan", "Polresta Banjarmasin"),
        datetime(2024, 2, 20, 10, 55),
    ),
    Release(
        "polres-tanah-bumbu-musnahkan-barang-bukti-narkotika-hasil-ungkap-kasus",
        "Polres Tanah Bumbu Musnahkan Barang Bukti Narkotika Hasil Ungkap Kasus",
        (
            "Batulicin – Polres Tanah Bumbu memusnahkan barang bukti narkotika jenis sabu "
            "seberat 312 gram dan 150 butir ekstasi di halaman Mapolres, Senin (26/2/2024).",
            "Barang bukti berasal dari sembilan perkara yang diungkap Satresnarkoba sepanjang "
            "Januari hingga Februari 2024 dan telah berkekuatan hukum untuk dimusnahkan.",
            "Pemusnahan dilakukan dengan cara dilarutkan ke dalam air bercampur deterjen, "
            "disaksikan perwakilan kejaksaan, pengadilan, BNN kabupaten dan para tersangka.",
            "Kapolres Tanah Bumbu menyebut pengungkapan tersebut menyelamatkan lebih dari "
            "seribu jiwa dari bahaya penyalahgunaan narkoba.",
        ),
        ("Narkoba", "Polres Tanah Bumbu"),
        datetime(2024, 2, 26, 9, 40),
    ),
)

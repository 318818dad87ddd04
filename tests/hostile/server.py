"""A hostile WordPress-like news site: good articles plus one page per kind of fault.

Usage::

    from tests.hostile.server import serve_hostile

    with serve_hostile(slow_seconds=5.0, huge_bytes=30 * 1024 * 1024) as (base_url, truth):
        ...  # crawl base_url, then compare with truth

`truth.good_articles` is what a correct crawler archives, `truth.faults` maps each
fault kind to the URLs that serve it, and `truth.hit_counts()` says how often each
path was requested (retry and robots.txt assertions). README.md describes every
fault, what it imitates and what the crawler is expected to do.

Standard library only, so the server cannot share a bug with the crawler under test.
"""

from __future__ import annotations

import html
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from scraper.samplesite.textfmt import BULAN

__all__ = [
    "FAULT_KINDS",
    "GZIP_BOMB_BYTES",
    "GoodArticle",
    "HostileTruth",
    "gzip_bomb",
    "serve_hostile",
]

SITE_NAME = "Warta Bhayangkara Kalsel"
SITE_TAGLINE = "Berita Polisi dan Kamtibmas Kalimantan Selatan"

#: Every fault kind, in the order README.md describes them.
FAULT_KINDS = (
    "slow",
    "huge",
    "gzip_bomb",
    "xml_bomb",
    "redirect_loop",
    "charset_cp1252_as_utf8",
    "charset_utf8_as_cp1252",
    "charset_missing",
    "truncated",
    "server_error_then_ok",
    "server_error_always",
    "not_found",
    "gone",
    "connection_reset",
    "wrong_content_type",
    "robots",
)

#: Fault kinds whose page still carries a complete-enough article: listed in good_articles too.
ARCHIVABLE_FAULTS = frozenset(
    {
        "charset_cp1252_as_utf8",
        "charset_utf8_as_cp1252",
        "charset_missing",
        "truncated",
        "server_error_then_ok",
    }
)

#: Decompressed size of the gzip bomb: just over 1 GiB.
GZIP_BOMB_BYTES = (1 << 30) + (4 << 20)

LOOP_A = "/2023/11/20/loop-a/"
LOOP_B = "/2023/11/20/loop-b/"
PRIVATE = "/private/2023/11/21/rahasia/"
SITEMAP_BOMB = "/sitemap-bomb.xml"
FEED_BOMB = "/feed/bomb/"
SERVER_ERROR_THEN_OK_FAILURES = 2
TRUNCATED_KEEP = 3  # paragraphs that arrive whole on the truncated page


# -- ground truth --------------------------------------------------------------------------


@dataclass(frozen=True)
class GoodArticle:
    """An article a correct crawler archives, with the text it must extract.

    `kind` is "good" for plain pages, else the fault kind the page also exercises
    (charset_*, truncated, server_error_then_ok). `paragraphs` are correct Unicode
    whatever bytes the page was served as; for "truncated" only the whole ones.
    """

    url: str
    title: str
    paragraphs: tuple[str, ...]
    published_at: str
    kind: str = "good"
    author: str = ""

    @property
    def path(self) -> str:
        """The URL path, the key of `HostileTruth.hit_counts()`."""
        return urlsplit(self.url).path

    @property
    def text(self) -> str:
        """Paragraphs joined by newlines, the usual shape of extracted text."""
        return "\n".join(self.paragraphs)


@dataclass
class HostileTruth:
    """What the site serves: the expectation for an end-to-end crawl.

    `faults` maps every kind in FAULT_KINDS to the URLs a crawler reaches it by
    (for redirect_loop only the linked loop-a; loop-b is reached by redirect).
    `other_articles` holds the article behind a hostile page that a crawler is NOT
    required to archive, keyed by fault kind (slow, huge, wrong_content_type, robots).
    `linked_urls` are all article URLs on the home page (= the urls of sitemap.xml).
    """

    base_url: str
    good_articles: list[GoodArticle]
    faults: dict[str, list[str]]
    other_articles: dict[str, GoodArticle] = field(default_factory=dict)
    linked_urls: list[str] = field(default_factory=list)
    _hits: Counter[str] = field(default_factory=Counter, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def hit_counts(self) -> dict[str, int]:
        """Requests (GET and HEAD) so far per URL path, query string dropped."""
        with self._lock:
            return dict(self._hits)

    def hits(self, url_or_path: str) -> int:
        """Requests so far for one URL or path."""
        path = urlsplit(url_or_path).path or "/"
        with self._lock:
            return self._hits[path]

    def reset_hits(self) -> None:
        """Forget all requests; this also re-arms server_error_then_ok's two 503s."""
        with self._lock:
            self._hits.clear()

    def kind_of(self, url: str) -> str | None:
        """The fault kind served at `url`, "good" for a plain good article, else None."""
        for kind, urls in self.faults.items():
            if url in urls:
                return kind
        return "good" if any(a.url == url for a in self.good_articles) else None

    def _record(self, path: str) -> int:
        with self._lock:
            self._hits[path] += 1
            return self._hits[path]


# -- corpus --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One article page linked from the home page."""

    kind: str
    path: str
    title: str
    published: str  # ISO 8601 with +07:00 (WIB)
    author: str
    paragraphs: tuple[str, ...]


_GOOD = (
    (
        "/2023/11/14/polres-tanah-laut-gelar-apel-pengamanan-pemilu-2024/",
        "Polres Tanah Laut Gelar Apel Pengamanan Pemilu 2024",
        "2023-11-14T08:15:00+07:00",
        "Humas Polres Tanah Laut",
        (
            "Kepolisian Resor Tanah Laut menggelar apel gelar pasukan Operasi Mantap Brata "
            "Intan 2023 di halaman Mapolres Tanah Laut, Pelaihari, Selasa pagi. Apel diikuti "
            "450 personel gabungan dari Polri, TNI, Satpol PP dan Dinas Perhubungan.",
            "Kapolres Tanah Laut AKBP Hendra Wijaya dalam amanatnya menyampaikan bahwa seluruh "
            "tahapan Pemilu 2024 harus dikawal dengan baik. Ia meminta personel bersikap netral "
            "dan humanis saat bertugas di lapangan.",
            "Menurut Kapolres, wilayah Tanah Laut memiliki 1.204 tempat pemungutan suara yang "
            "tersebar di sebelas kecamatan. Sebagian TPS berada di daerah pesisir dan perbukitan "
            "yang sulit dijangkau ketika musim hujan.",
            "Usai apel, Kapolres bersama Dandim dan Ketua KPU setempat memeriksa kesiapan "
            "kendaraan patroli serta perlengkapan pengamanan. Pemeriksaan juga mencakup alat "
            "komunikasi dan peralatan pengendalian massa.",
            "Kapolres mengajak masyarakat menjaga suasana tetap sejuk selama masa kampanye. "
            "Warga diminta tidak mudah terprovokasi oleh berita bohong yang beredar di media "
            "sosial.",
        ),
    ),
    (
        "/2023/11/15/satlantas-polresta-banjarmasin-bagikan-helm-gratis-kepada-pelajar/",
        "Satlantas Polresta Banjarmasin Bagikan Helm Gratis kepada Pelajar",
        "2023-11-15T09:40:00+07:00",
        "Humas Polresta Banjarmasin",
        (
            "Satuan Lalu Lintas Polresta Banjarmasin membagikan 200 helm standar SNI kepada "
            "pelajar SMA dan SMK di kawasan Jalan Ahmad Yani, Rabu pagi. Kegiatan ini bagian "
            "dari program Polisi Sahabat Pelajar.",
            "Kasat Lantas Kompol Rudi Hartono mengatakan masih banyak pelajar yang berangkat ke "
            "sekolah tanpa pelindung kepala. Padahal sebagian besar korban kecelakaan di kota "
            "itu adalah pengendara sepeda motor berusia muda.",
            "Selain membagikan helm, petugas memberikan penjelasan singkat tentang cara "
            "berkendara yang aman. Para pelajar diingatkan untuk tidak berboncengan lebih dari "
            "satu orang dan tidak memakai telepon genggam saat berkendara.",
            "Kepala sekolah yang hadir menyambut baik kegiatan tersebut. Ia berharap polisi "
            "rutin datang ke sekolah untuk memberi penyuluhan tertib berlalu lintas.",
        ),
    ),
    (
        "/2023/11/15/polsek-pelaihari-amankan-pelaku-curanmor-di-pasar-tradisional/",
        "Polsek Pelaihari Amankan Pelaku Curanmor di Pasar Tradisional",
        "2023-11-15T14:05:00+07:00",
        "Humas Polres Tanah Laut",
        (
            "Unit Reskrim Polsek Pelaihari menangkap seorang pria berinisial AS (27) yang "
            "diduga mencuri sepeda motor di area parkir Pasar Pelaihari. Pelaku ditangkap "
            "kurang dari dua jam setelah korban melapor.",
            "Kapolsek Pelaihari Iptu Bambang Sutrisno menjelaskan, pelaku beraksi dengan "
            "merusak kunci kontak memakai kunci letter T. Aksi pelaku sempat terekam kamera "
            "pengawas milik salah satu pedagang.",
            "Dari tangan pelaku, polisi menyita satu unit sepeda motor milik korban, kunci "
            "letter T dan jaket yang dipakai saat beraksi. Pelaku kini ditahan di Mapolsek "
            "Pelaihari untuk pemeriksaan lebih lanjut.",
            "Pelaku dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan dengan ancaman "
            "hukuman paling lama tujuh tahun penjara.",
            "Kapolsek mengimbau pengendara memasang kunci ganda dan memarkir kendaraan di "
            "tempat yang dijaga petugas parkir.",
        ),
    ),
    (
        "/2023/11/16/kapolda-kalsel-tinjau-posko-siaga-banjir-di-kabupaten-banjar/",
        "Kapolda Kalsel Tinjau Posko Siaga Banjir di Kabupaten Banjar",
        "2023-11-16T10:30:00+07:00",
        "Bidhumas Polda Kalsel",
        (
            "Kapolda Kalimantan Selatan meninjau posko siaga banjir di Kecamatan Astambul, "
            "Kabupaten Banjar, Kamis. Peninjauan dilakukan menjelang puncak musim hujan yang "
            "diperkirakan terjadi pada bulan Desember.",
            "Di posko tersebut, Kapolda memeriksa perahu karet, pelampung, tenda darurat dan "
            "dapur umum yang disiapkan Brimob. Ia memastikan peralatan dalam keadaan siap "
            "pakai sewaktu-waktu.",
            "Kapolda meminta jajaran kepolisian berkoordinasi dengan BPBD, TNI dan pemerintah "
            "desa. Menurutnya, kecepatan evakuasi sangat menentukan keselamatan warga ketika "
            "air naik pada malam hari.",
            "Warga yang tinggal di bantaran sungai diimbau memantau informasi cuaca dari BMKG. "
            "Polisi juga membuka layanan pengaduan 110 yang dapat dihubungi selama 24 jam.",
        ),
    ),
    (
        "/2023/11/16/bhabinkamtibmas-desa-sungai-bakar-sosialisasikan-bahaya-narkoba/",
        "Bhabinkamtibmas Desa Sungai Bakar Sosialisasikan Bahaya Narkoba",
        "2023-11-16T16:20:00+07:00",
        "Humas Polres Tanah Laut",
        (
            "Bhabinkamtibmas Desa Sungai Bakar, Bripka Yusuf Rahman, memberikan penyuluhan "
            "tentang bahaya narkoba kepada remaja masjid, Kamis sore. Kegiatan berlangsung di "
            "balai desa dan dihadiri sekitar 60 peserta.",
            "Dalam penyuluhannya, Bripka Yusuf menjelaskan jenis narkoba yang banyak beredar "
            "di wilayah pedesaan. Ia juga memaparkan dampak narkoba terhadap kesehatan, "
            "pendidikan dan masa depan generasi muda.",
            "Peserta diajak berani menolak ajakan teman untuk mencoba narkoba. Remaja yang "
            "mengetahui adanya peredaran gelap diminta segera melapor kepada polisi atau "
            "perangkat desa.",
            "Kepala Desa Sungai Bakar berterima kasih atas kepedulian kepolisian. Ia berjanji "
            "akan menjadikan penyuluhan serupa sebagai agenda rutin di desanya.",
        ),
    ),
    (
        "/2023/11/17/polres-tabalong-ungkap-peredaran-sabu-seberat-1-kilogram/",
        "Polres Tabalong Ungkap Peredaran Sabu Seberat 1 Kilogram",
        "2023-11-17T11:00:00+07:00",
        "Humas Polres Tabalong",
        (
            "Satuan Reserse Narkoba Polres Tabalong mengungkap peredaran sabu seberat satu "
            "kilogram di Kecamatan Murung Pudak. Dua orang tersangka ditangkap di sebuah rumah "
            "kontrakan pada Rabu malam.",
            "Kapolres Tabalong dalam konferensi pers menyebutkan, pengungkapan berawal dari "
            "informasi masyarakat tentang transaksi mencurigakan. Petugas kemudian melakukan "
            "penyelidikan selama dua pekan.",
            "Barang bukti sabu dikemas dalam sepuluh bungkus plastik teh kemasan. Polisi juga "
            "menyita timbangan digital, dua telepon genggam dan uang tunai hasil penjualan.",
            "Kedua tersangka dijerat Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika. "
            "Mereka terancam hukuman penjara paling singkat enam tahun.",
            "Kapolres menyebut pengungkapan ini menyelamatkan sekitar 5.000 jiwa dari bahaya "
            "penyalahgunaan narkoba.",
        ),
    ),
    (
        "/2023/11/17/ditlantas-polda-kalsel-gelar-operasi-zebra-intan-2023/",
        "Ditlantas Polda Kalsel Gelar Operasi Zebra Intan 2023",
        "2023-11-17T15:45:00+07:00",
        "Bidhumas Polda Kalsel",
        (
            "Direktorat Lalu Lintas Polda Kalimantan Selatan menggelar Operasi Zebra Intan "
            "2023 selama empat belas hari. Operasi dimulai dengan apel gelar pasukan di "
            "lapangan Mapolda Kalsel, Banjarbaru.",
            "Dirlantas Polda Kalsel menjelaskan, operasi tahun ini mengutamakan tindakan "
            "edukatif dan persuasif. Penindakan tetap dilakukan terhadap pelanggaran yang "
            "berpotensi menimbulkan kecelakaan.",
            "Sasaran operasi antara lain pengendara yang tidak memakai helm, melawan arus, "
            "berkendara di bawah umur dan menggunakan knalpot brong. Petugas juga memakai "
            "kamera tilang elektronik di sejumlah persimpangan.",
            "Masyarakat diimbau melengkapi surat kendaraan dan mematuhi rambu lalu lintas. "
            "Menurut Dirlantas, keselamatan di jalan adalah tanggung jawab bersama.",
        ),
    ),
    (
        "/2023/11/18/polwan-polres-hulu-sungai-selatan-kunjungi-panti-asuhan/",
        "Polwan Polres Hulu Sungai Selatan Kunjungi Panti Asuhan",
        "2023-11-18T09:10:00+07:00",
        "Humas Polres HSS",
        (
            "Sejumlah polisi wanita Polres Hulu Sungai Selatan mengunjungi Panti Asuhan Nurul "
            "Hidayah di Kandangan, Sabtu pagi. Kunjungan ini merupakan rangkaian kegiatan "
            "bakti sosial menjelang Hari Ibu.",
            "Para polwan membawa paket bahan pokok, alat tulis dan perlengkapan sekolah untuk "
            "45 anak asuh. Mereka juga mengajak anak-anak bermain dan bernyanyi bersama.",
            "Pengurus panti menyampaikan terima kasih atas perhatian yang diberikan. Menurutnya, "
            "kehadiran polwan membuat anak-anak bersemangat dan tidak canggung bertemu polisi.",
            "Kegiatan ditutup dengan doa bersama dan foto bersama di halaman panti. Polwan "
            "Polres HSS berencana melakukan kunjungan serupa setiap tiga bulan.",
        ),
    ),
    (
        "/2023/11/18/polsek-kurau-bantu-warga-perbaiki-jembatan-titian/",
        "Polsek Kurau Bantu Warga Perbaiki Jembatan Titian",
        "2023-11-18T13:25:00+07:00",
        "Humas Polres Tanah Laut",
        (
            "Personel Polsek Kurau bergotong royong bersama warga memperbaiki jembatan titian "
            "kayu di Desa Padang Luas, Sabtu. Jembatan sepanjang 30 meter itu rusak setelah "
            "diterjang arus sungai pekan lalu.",
            "Kapolsek Kurau mengatakan jembatan tersebut merupakan jalur utama anak-anak menuju "
            "sekolah. Tanpa jembatan, warga harus memutar sejauh lima kilometer.",
            "Perbaikan menggunakan kayu ulin sumbangan warga dan perusahaan setempat. Pekerjaan "
            "selesai dalam sehari sehingga jembatan bisa kembali dilalui pada sore harinya.",
            "Warga mengapresiasi kepedulian polisi yang turun langsung membantu. Mereka "
            "berharap pemerintah daerah segera membangun jembatan permanen di lokasi itu.",
        ),
    ),
)

_CP1252_AS_UTF8 = (
    "/2023/11/19/jumat-berkah-polres-banjarbaru-bagikan-sembako-kepada-warga/",
    "Jum\u2019at Berkah, Polres Banjarbaru Bagikan Sembako kepada Warga",
    "2023-11-19T07:30:00+07:00",
    "Humas Polres Banjarbaru",
    (
        "Polres Banjarbaru menggelar kegiatan \u201cJum\u2019at Berkah\u201d dengan membagikan "
        "300 paket sembako kepada warga kurang mampu di Kecamatan Landasan Ulin. Paket berisi "
        "beras, minyak goreng, gula dan telur.",
        "Kapolres Banjarbaru AKBP André Setiawan mengatakan kegiatan Jum\u2019at Berkah rutin "
        "dilaksanakan setiap pekan. \u201cKami ingin polisi hadir dan dirasakan manfaatnya oleh "
        "masyarakat,\u201d ujarnya.",
        "Pembagian dilakukan langsung ke rumah warga oleh Bhabinkamtibmas agar tepat sasaran. "
        "Data penerima diperoleh dari ketua RT dan kelurahan setempat.",
        "Salah seorang penerima, Ibu Siti Aminah, mengaku sangat terbantu. Ia tinggal bersama "
        "tiga cucunya dan bekerja sebagai buruh cuci.",
        "Kapolres André berharap kegiatan ini mempererat hubungan polisi dengan warga, "
        "terutama menjelang tahun politik.",
    ),
)

_UTF8_AS_CP1252 = (
    "/2023/11/19/kapolsek-andre-hadiri-jumat-curhat-di-kelurahan-guntung-manggis/",
    "Kapolsek André Hadiri \u201cJum\u2019at Curhat\u201d di Kelurahan Guntung Manggis",
    "2023-11-19T10:45:00+07:00",
    "Humas Polres Banjarbaru",
    (
        "Kapolsek Landasan Ulin AKP André Pratama menghadiri kegiatan \u201cJum\u2019at "
        "Curhat\u201d di Masjid Al-Muhajirin, Kelurahan Guntung Manggis. Warga menyampaikan "
        "keluhan soal balap liar dan pencurian ternak.",
        "Menurut Kapolsek André, Jum\u2019at Curhat menjadi sarana polisi mendengar langsung "
        "persoalan di lingkungan warga. Semua masukan dicatat dan akan ditindaklanjuti.",
        "Terkait balap liar, Kapolsek berjanji menambah patroli pada malam Minggu di jalan "
        "lingkar. Warga diminta melapor melalui layanan 110 bila melihat kerumunan remaja.",
        "Ketua RT setempat menilai kegiatan tersebut bermanfaat. \u201cKami jadi tahu harus "
        "mengadu ke mana,\u201d katanya.",
    ),
)

_CHARSET_MISSING = (
    "/2023/11/19/polres-barito-kuala-gelar-patroli-dialogis-malam-minggu/",
    "Polres Barito Kuala Gelar Patroli Dialogis Malam Minggu",
    "2023-11-19T21:15:00+07:00",
    "Humas Polres Batola",
    (
        "Polres Barito Kuala menggelar patroli dialogis pada malam Minggu di sejumlah titik "
        "keramaian di Marabahan. Patroli melibatkan Satuan Samapta, Satlantas dan Intelkam.",
        "Petugas menyambangi warung kopi, pangkalan ojek dan taman kota. Mereka berdialog "
        "dengan warga tentang situasi kamtibmas menjelang Pemilu 2024 \u2013 termasuk soal "
        "berita bohong.",
        "Kasat Samapta, AKP René Situmorang, mengatakan patroli dialogis lebih efektif daripada "
        "sekadar berkeliling. \u201cWarga lebih terbuka bila diajak bicara,\u201d ujarnya.",
        "Patroli akan digelar setiap akhir pekan hingga tahapan Pemilu selesai. Warga dapat "
        "menghubungi call center polisi bila menemukan gangguan keamanan.",
    ),
)

_TRUNCATED = (
    "/2023/11/20/satreskrim-polres-tanah-bumbu-tangkap-pelaku-penipuan-online/",
    "Satreskrim Polres Tanah Bumbu Tangkap Pelaku Penipuan Online",
    "2023-11-20T11:20:00+07:00",
    "Humas Polres Tanah Bumbu",
    (
        "Satuan Reserse Kriminal Polres Tanah Bumbu menangkap seorang pria yang diduga menipu "
        "puluhan korban melalui jual beli daring. Tersangka berinisial RH (31) ditangkap di "
        "Batulicin, Senin.",
        "Kasat Reskrim menjelaskan, tersangka menawarkan telepon genggam dengan harga murah di "
        "media sosial. Setelah korban mentransfer uang, tersangka memblokir nomor korban.",
        "Dari hasil pemeriksaan, tersangka sudah beraksi sejak awal tahun dengan total kerugian "
        "korban mencapai Rp 180 juta. Korban berasal dari berbagai daerah di Kalimantan.",
        "Polisi menyita dua telepon genggam, tiga kartu ATM dan buku tabungan atas nama orang "
        "lain. Rekening tersebut diduga dibeli tersangka dari pihak ketiga untuk menampung "
        "uang hasil kejahatan.",
        "Tersangka dijerat Undang-Undang Informasi dan Transaksi Elektronik dengan ancaman "
        "hukuman enam tahun penjara. Polisi mengimbau warga berhati-hati berbelanja daring.",
    ),
)

_ERROR_THEN_OK = (
    "/2023/11/20/polres-kotabaru-siagakan-personel-di-pelabuhan-penyeberangan/",
    "Polres Kotabaru Siagakan Personel di Pelabuhan Penyeberangan",
    "2023-11-20T15:00:00+07:00",
    "Humas Polres Kotabaru",
    (
        "Polres Kotabaru menyiagakan puluhan personel di Pelabuhan Penyeberangan Tanjung "
        "Serdang untuk mengantisipasi lonjakan penumpang. Cuaca buruk sempat membuat jadwal "
        "kapal tertunda selama dua hari.",
        "Kapolres Kotabaru mengatakan personel membantu mengatur antrean kendaraan yang "
        "mengular hingga dua kilometer. Petugas juga memastikan tidak ada penumpang yang naik "
        "tanpa tiket.",
        "Selain pengamanan, polisi membuka pos kesehatan dan membagikan air minum kepada "
        "pengemudi truk yang terjebak antrean. Anak-anak dan lansia didahulukan naik ke kapal.",
        "Kapolres mengimbau calon penumpang memantau informasi cuaca sebelum berangkat ke "
        "pelabuhan. Informasi jadwal kapal dapat dilihat melalui akun media sosial resmi "
        "Polres Kotabaru.",
    ),
)

# Hostile pages: (kind, path, title, published, author, paragraphs). Pages that never
# deliver an article still get a teaser paragraph for the home page and the feed.
_HOSTILE = (
    (
        "slow",
        "/2023/11/21/layanan-skck-online-polres-balangan-tetap-dibuka-selama-libur/",
        "Layanan SKCK Online Polres Balangan Tetap Dibuka Selama Libur",
        "2023-11-21T08:00:00+07:00",
        "Humas Polres Balangan",
        (
            "Polres Balangan memastikan layanan penerbitan SKCK secara daring tetap dibuka "
            "selama libur panjang. Pemohon cukup mengisi formulir di laman resmi kepolisian.",
            "Kasat Intelkam menjelaskan, berkas yang diunggah sebelum pukul 12.00 WITA akan "
            "diproses pada hari yang sama. SKCK dapat diambil di Mapolres dengan membawa bukti "
            "pendaftaran.",
            "Pemohon diminta menyiapkan fotokopi KTP, kartu keluarga, akta kelahiran dan pas "
            "foto berlatar merah. Biaya penerbitan disetor melalui bank sesuai ketentuan PNBP.",
        ),
    ),
    (
        "huge",
        "/2023/11/21/rekap-lengkap-data-kecelakaan-lalu-lintas-kalsel-2023/",
        "Rekap Lengkap Data Kecelakaan Lalu Lintas Kalsel 2023",
        "2023-11-21T10:00:00+07:00",
        "Bidhumas Polda Kalsel",
        (
            "Ditlantas Polda Kalsel merilis rekap data kecelakaan lalu lintas sepanjang 2023. "
            "Data berikut disusun per kabupaten dan per bulan.",
        ),
    ),
    (
        "gzip_bomb",
        "/2023/11/21/galeri-foto-hut-bhayangkara-ke-77/",
        "Galeri Foto HUT Bhayangkara ke-77",
        "2023-11-21T13:00:00+07:00",
        "Bidhumas Polda Kalsel",
        ("Kumpulan foto upacara dan lomba rakyat peringatan HUT Bhayangkara ke-77.",),
    ),
    (
        "redirect_loop",
        LOOP_A,
        "Polsek Banjarmasin Utara Tertibkan Parkir Liar di Pasar Lama",
        "2023-11-20T08:30:00+07:00",
        "Humas Polresta Banjarmasin",
        ("Petugas menertibkan parkir liar yang membuat kemacetan di kawasan Pasar Lama.",),
    ),
    (
        "server_error_always",
        "/2023/11/22/polda-kalsel-rilis-hasil-operasi-pekat-intan-2023/",
        "Polda Kalsel Rilis Hasil Operasi Pekat Intan 2023",
        "2023-11-22T09:00:00+07:00",
        "Bidhumas Polda Kalsel",
        ("Operasi Pekat Intan 2023 menyasar perjudian, minuman keras dan prostitusi.",),
    ),
    (
        "not_found",
        "/2023/11/22/polsek-martapura-kota-gelar-ronda-bersama-warga/",
        "Polsek Martapura Kota Gelar Ronda Bersama Warga",
        "2023-11-22T11:30:00+07:00",
        "Humas Polres Banjar",
        ("Personel Polsek Martapura Kota ikut ronda malam bersama warga kompleks.",),
    ),
    (
        "gone",
        "/2023/11/22/klarifikasi-kabar-penculikan-anak-di-banjarbaru/",
        "Klarifikasi Kabar Penculikan Anak di Banjarbaru",
        "2023-11-22T14:10:00+07:00",
        "Humas Polres Banjarbaru",
        ("Polisi memastikan kabar penculikan anak yang beredar di grup WhatsApp tidak benar.",),
    ),
    (
        "connection_reset",
        "/2023/11/23/polres-hst-amankan-turnamen-sepak-bola-antarkecamatan/",
        "Polres HST Amankan Turnamen Sepak Bola Antarkecamatan",
        "2023-11-23T08:45:00+07:00",
        "Humas Polres HST",
        ("Ratusan personel mengamankan final turnamen sepak bola di Barabai.",),
    ),
    (
        "wrong_content_type",
        "/2023/11/23/pengumuman-penerimaan-bintara-polri-2024/",
        "Pengumuman Penerimaan Bintara Polri Tahun Anggaran 2024",
        "2023-11-23T10:00:00+07:00",
        "Biro SDM Polda Kalsel",
        (
            "Polda Kalimantan Selatan membuka pendaftaran calon Bintara Polri tahun anggaran "
            "2024. Pendaftaran dilakukan secara daring dan tidak dipungut biaya.",
            "Calon peserta harus berusia paling tinggi 21 tahun, berijazah SMA atau sederajat "
            "dan memenuhi syarat tinggi badan. Jadwal seleksi diumumkan melalui laman resmi.",
            "Biro SDM mengingatkan masyarakat agar tidak percaya kepada pihak yang menjanjikan "
            "kelulusan dengan imbalan uang. Laporan dapat disampaikan ke Propam.",
        ),
    ),
    (
        "robots",
        PRIVATE,
        "Draf Rencana Pengamanan Kunjungan Pejabat Negara",
        "2023-11-21T16:00:00+07:00",
        "Admin",
        (
            "Dokumen ini hanya untuk kalangan internal dan tidak untuk dipublikasikan.",
            "Rincian rute dan jadwal pengamanan akan dibagikan melalui jalur resmi.",
        ),
    ),
)


def _entries() -> list[_Entry]:
    entries = [_Entry("good", *row) for row in _GOOD]
    entries.append(_Entry("charset_cp1252_as_utf8", *_CP1252_AS_UTF8))
    entries.append(_Entry("charset_utf8_as_cp1252", *_UTF8_AS_CP1252))
    entries.append(_Entry("charset_missing", *_CHARSET_MISSING))
    entries.append(_Entry("truncated", *_TRUNCATED))
    entries.append(_Entry("server_error_then_ok", *_ERROR_THEN_OK))
    entries.extend(_Entry(*row) for row in _HOSTILE)
    entries.sort(key=lambda e: e.published, reverse=True)  # home page and feed order
    return entries


# -- rendering -----------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _tanggal(iso: str) -> str:
    dt = datetime.fromisoformat(iso)
    return f"{dt.day} {BULAN[dt.month - 1]} {dt.year}"


def _site_header(base: str) -> str:
    return (
        '<a class="screen-reader-text skip-link" href="#content">Lompat ke konten</a>\n'
        '<header class="site-header" id="masthead"><div class="inside-header grid-container">'
        f'<div class="site-branding"><p class="main-title"><a href="{base}" rel="home">'
        f'{_esc(SITE_NAME)}</a></p><p class="site-description">{_esc(SITE_TAGLINE)}</p></div>'
        "</div></header>\n"
    )


def _site_footer() -> str:
    return (
        '<div class="site-footer"><footer class="site-info"><div class="copyright-bar">'
        f"&copy; 2023 {_esc(SITE_NAME)}. Hak cipta dilindungi undang-undang.</div></footer></div>\n"
        "</body>\n</html>\n"
    )


def _feed_links(base: str) -> str:
    return (
        f'<link rel="alternate" type="application/rss+xml" title="{_attr(SITE_NAME)} &raquo; '
        f'Feed" href="{base}feed/" />\n'
    )


def _article_html(e: _Entry, base: str, charset_meta: str, recent: list[_Entry]) -> str:
    """A GeneratePress-style single post; the paragraphs sit in `div.entry-content`."""
    url = base + e.path.lstrip("/")
    post_id = 1000 + sum(e.path.encode()) % 9000
    paras = "\n".join(f"<p>{_esc(p)}</p>" for p in e.paragraphs)
    sidebar = "".join(
        f'<li><a href="{base}{r.path.lstrip("/")}">{_esc(r.title)}</a></li>' for r in recent
    )
    return (
        '<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n'
        f"{charset_meta}"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(e.title)} &#8211; {_esc(SITE_NAME)}</title>\n"
        '<meta name="robots" content="index, follow, max-image-preview:large" />\n'
        f'<link rel="canonical" href="{_attr(url)}" />\n'
        '<meta property="og:locale" content="id_ID" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{_attr(e.title)}" />\n'
        f'<meta property="og:url" content="{_attr(url)}" />\n'
        f'<meta property="og:site_name" content="{_attr(SITE_NAME)}" />\n'
        f'<meta property="article:published_time" content="{e.published}" />\n'
        f'<meta property="article:modified_time" content="{e.published}" />\n'
        f'<meta name="author" content="{_attr(e.author)}" />\n'
        f"{_feed_links(base)}"
        '<meta name="generator" content="WordPress 6.4.2" />\n'
        "</head>\n"
        f'<body class="post-template-default single single-post postid-{post_id} '
        'single-format-standard wp-embed-responsive right-sidebar nav-float-right">\n'
        f"{_site_header(base)}"
        '<div class="site grid-container container" id="page">'
        '<div class="site-content" id="content">\n'
        '<div class="content-area" id="primary"><main class="site-main" id="main">\n'
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish '
        'format-standard hentry category-berita-polisi">\n<div class="inside-article">\n'
        '<header class="entry-header">\n'
        f'<h1 class="entry-title" itemprop="headline">{_esc(e.title)}</h1>\n'
        '<div class="entry-meta"><span class="posted-on">'
        f'<time class="entry-date published" datetime="{e.published}" '
        f'itemprop="datePublished">{_tanggal(e.published)}</time></span> '
        '<span class="byline">oleh <span class="author vcard" itemprop="author">'
        f'<span class="fn n">{_esc(e.author)}</span></span></span></div>\n'
        "</header>\n"
        f'<div class="entry-content" itemprop="text">\n{paras}\n</div>\n'
        '<footer class="entry-meta"><span class="cat-links">Berita Polisi</span></footer>\n'
        "</div>\n</article>\n</main></div>\n"
        '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">'
        '<aside class="widget inner-padding widget_recent_entries">'
        f'<h2 class="widget-title">Pos-pos Terbaru</h2><ul>{sidebar}</ul></aside></div>\n'
        "</div></div>\n"
        f"{_site_footer()}"
    )


def _excerpt(text: str, words: int = 30) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" [&hellip;]" if len(parts) > words else "")


def _home_html(entries: list[_Entry], base: str) -> str:
    items = []
    for e in entries:
        items.append(
            f'<article class="post type-post status-publish format-standard hentry">'
            '<div class="inside-article"><header class="entry-header">'
            f'<h2 class="entry-title" itemprop="headline"><a href="{base}{e.path.lstrip("/")}" '
            f'rel="bookmark">{_esc(e.title)}</a></h2><div class="entry-meta">'
            f'<time class="entry-date published" datetime="{e.published}">'
            f"{_tanggal(e.published)}</time></div></header>"
            f'<div class="entry-summary"><p>{_excerpt(_esc(e.paragraphs[0]))}</p></div>'
            "</div></article>\n"
        )
    return (
        '<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(SITE_NAME)} &#8211; {_esc(SITE_TAGLINE)}</title>\n"
        f'<link rel="canonical" href="{base}" />\n'
        f"{_feed_links(base)}"
        f'<link rel="alternate" type="application/rss+xml" title="{_attr(SITE_NAME)} &raquo; '
        f'Feed Arsip" href="{base}{FEED_BOMB.lstrip("/")}" />\n'
        '<meta name="generator" content="WordPress 6.4.2" />\n'
        '</head>\n<body class="home blog wp-embed-responsive right-sidebar">\n'
        f"{_site_header(base)}"
        '<div class="site grid-container container" id="page">'
        '<div class="site-content" id="content">\n'
        '<div class="content-area" id="primary"><main class="site-main" id="main">\n'
        f"{''.join(items)}"
        "</main></div></div></div>\n"
        f"{_site_footer()}"
    )


def _robots_txt(base: str) -> str:
    return (
        "User-agent: *\n"
        "Disallow: /private/\n"
        "Disallow: /wp-admin/\n"
        "Allow: /wp-admin/admin-ajax.php\n"
        "\n"
        f"Sitemap: {base}sitemap.xml\n"
        f"Sitemap: {base}sitemap_index.xml\n"
        f"Sitemap: {base}{SITEMAP_BOMB.lstrip('/')}\n"
    )


def _sitemap_xml(entries: list[_Entry], base: str) -> str:
    urls = "".join(
        f"<url><loc>{base}{e.path.lstrip('/')}</loc><lastmod>{e.published}</lastmod></url>\n"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}</urlset>\n"
    )


def _sitemap_index_xml(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<sitemap><loc>{base}sitemap.xml</loc><lastmod>2023-11-23T10:00:00+07:00</lastmod>"
        "</sitemap>\n"
        f"<sitemap><loc>{base}{SITEMAP_BOMB.lstrip('/')}</loc>"
        "<lastmod>2023-11-23T10:00:00+07:00</lastmod></sitemap>\n"
        "</sitemapindex>\n"
    )


def _laughs_dtd(root: str) -> str:
    """The classic "billion laughs": &lol9; expands to 10**9 "lol" (3 GB)."""
    lines = ['  <!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        lines.append(f'  <!ENTITY lol{i} "{f"&{prev};" * 10}">')
    return f"<!DOCTYPE {root} [\n" + "\n".join(lines) + "\n]>\n"


def _sitemap_bomb_xml(base: str, safe_url: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{_laughs_dtd('urlset')}"
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<url><loc>{safe_url}</loc><lastmod>2023-11-14T08:15:00+07:00</lastmod></url>\n"
        "<url><loc>&lol9;</loc><lastmod>&lol9;</lastmod></url>\n"
        "</urlset>\n"
    )


def _rss_item(e: _Entry, base: str, description: str | None = None) -> str:
    url = f"{base}{e.path.lstrip('/')}"
    pub = format_datetime(datetime.fromisoformat(e.published))
    desc = description if description is not None else _esc(_excerpt(e.paragraphs[0]))
    return (
        f"<item>\n<title>{_esc(e.title)}</title>\n<link>{url}</link>\n"
        f"<dc:creator><![CDATA[{e.author}]]></dc:creator>\n<pubDate>{pub}</pubDate>\n"
        f"<category><![CDATA[Berita Polisi]]></category>\n"
        f'<guid isPermaLink="false">{base}?p={1000 + sum(e.path.encode()) % 9000}</guid>\n'
        f"<description>{desc}</description>\n</item>\n"
    )


def _rss(base: str, items: str, title: str, dtd: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{dtd}"
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        f"<channel>\n<title>{title}</title>\n"
        f'<atom:link href="{base}feed/" rel="self" type="application/rss+xml" />\n'
        f"<link>{base}</link>\n<description>{_esc(SITE_TAGLINE)}</description>\n"
        "<lastBuildDate>Thu, 23 Nov 2023 10:00:00 +0700</lastBuildDate>\n"
        "<language>id</language>\n<generator>https://wordpress.org/?v=6.4.2</generator>\n"
        f"{items}</channel>\n</rss>\n"
    )


def _error_page(status_text: str, message: str, base: str) -> bytes:
    return (
        '<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="UTF-8">\n'
        f"<title>{status_text} &#8211; {_esc(SITE_NAME)}</title>\n</head>\n"
        '<body class="error404 wp-embed-responsive">\n'
        f"{_site_header(base)}"
        '<div class="site-content" id="content"><main class="site-main" id="main">'
        f'<div class="inside-article"><header class="entry-header"><h1 class="entry-title">'
        f'{status_text}</h1></header><div class="entry-content"><p>{message}</p></div></div>'
        "</main></div>\n"
        f"{_site_footer()}"
    ).encode()


_NGINX_503 = (
    b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
    b"<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
    b"<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n"
)
_WP_500 = (
    b'<!DOCTYPE html>\n<html dir="ltr" lang="id-ID">\n<head>\n<meta charset="UTF-8" />\n'
    b'<title>WordPress &rsaquo; Galat</title>\n</head>\n<body id="error-page">\n'
    b'<div class="wp-die-message"><p>Ada eror kritis pada situs web ini.</p>'
    b'<p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">'
    b"Pelajari lebih lanjut tentang pemecahan masalah WordPress.</a></p></div>\n"
    b"</body>\n</html>\n"
)


# -- the gzip bomb ---------------------------------------------------------------------------

_BOMB_LOCK = threading.Lock()
_BOMB_CACHE: dict[int, tuple[bytes, int]] = {}
_BOMB_SEGMENT = 4 << 20
_BOMB_PREFIX = (
    b'<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="UTF-8">\n'
    b"<title>Galeri Foto HUT Bhayangkara ke-77 &#8211; Warta Bhayangkara Kalsel</title>\n"
    b'<meta property="article:published_time" content="2023-11-21T13:00:00+07:00" />\n'
    b'</head>\n<body class="single single-post postid-4242">\n<article class="post">\n'
    b'<h1 class="entry-title">Galeri Foto HUT Bhayangkara ke-77</h1>\n'
    b'<div class="entry-content">\n<p>'
)


def gzip_bomb(min_bytes: int = GZIP_BOMB_BYTES) -> tuple[bytes, int]:
    """(gzip member, its decompressed size): HTML whose body is "lol " repeated >= min_bytes.

    Built once per size and cached (about 1 MB for 1 GiB: deflate cannot do better than
    ~1030:1). One 4 MiB segment is compressed after a full flush, so its compressed form
    is byte-identical wherever it recurs and is simply repeated; building costs one
    segment's compression plus a CRC pass, well under a second. A period of 4 bytes keeps
    every back-reference at distance 4, which has no extra bits: the best ratio deflate has.
    """
    with _BOMB_LOCK:
        if min_bytes in _BOMB_CACHE:
            return _BOMB_CACHE[min_bytes]
        segment = b"lol " * (_BOMB_SEGMENT // 4)
        count = max(1, -(-(min_bytes - len(_BOMB_PREFIX)) // len(segment)))
        comp = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
        head = comp.compress(_BOMB_PREFIX) + comp.flush(zlib.Z_FULL_FLUSH)
        body = comp.compress(segment) + comp.flush(zlib.Z_FULL_FLUSH)
        tail = comp.flush(zlib.Z_FINISH)
        crc = zlib.crc32(_BOMB_PREFIX)
        for _ in range(count):
            crc = zlib.crc32(segment, crc)
        size = len(_BOMB_PREFIX) + count * len(segment)
        gz_header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03"  # deflate, mtime 0, max comp
        trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
        data = b"".join((gz_header, head, body * count, tail, trailer))
        _BOMB_CACHE[min_bytes] = (data, size)
        return data, size


# -- the site --------------------------------------------------------------------------------

_HTML_UTF8 = "text/html; charset=UTF-8"
_XML = "application/xml; charset=UTF-8"
_RSS = "application/rss+xml; charset=UTF-8"


@dataclass
class _Page:
    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()


class _Site:
    """All pages, prebuilt for one base URL, and the fault behaviours."""

    def __init__(
        self,
        base: str,
        *,
        slow_seconds: float,
        slow_mode: str,
        huge_bytes: int,
        huge_chunked: bool,
        gzip_bomb_bytes: int,
    ) -> None:
        self.base = base
        self.slow_seconds = slow_seconds
        self.slow_mode = slow_mode
        self.huge_bytes = huge_bytes
        self.huge_chunked = huge_chunked
        self.gzip_bomb_bytes = gzip_bomb_bytes
        self.stop = threading.Event()
        self.entries = _entries()
        self.by_path = {e.path: e for e in self.entries}
        self.pages: dict[str, _Page] = {}
        self.truth = self._build()

    def url(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def _build(self) -> HostileTruth:
        base, entries = self.base, self.entries
        recent = [e for e in entries if e.kind == "good"][:5]
        utf8_meta = '<meta charset="UTF-8">\n'
        good: list[GoodArticle] = []
        other: dict[str, GoodArticle] = {}
        faults: dict[str, list[str]] = {kind: [] for kind in FAULT_KINDS}
        for e in entries:
            url = self.url(e.path)
            if e.kind != "good":
                faults[e.kind].append(url)
            article = GoodArticle(url, e.title, e.paragraphs, e.published, e.kind, e.author)
            if e.kind == "charset_cp1252_as_utf8":
                body = _article_html(e, base, utf8_meta, recent)
                page = _Page(200, body.encode("cp1252", "xmlcharrefreplace"), _HTML_UTF8)
            elif e.kind == "charset_utf8_as_cp1252":
                meta = (
                    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />\n'
                )
                body = _article_html(e, base, meta, recent)
                page = _Page(200, body.encode(), "text/html; charset=windows-1252")
            elif e.kind == "charset_missing":
                page = _Page(200, _article_html(e, base, "", recent).encode(), "text/html")
            elif e.kind == "truncated":
                full = _article_html(e, base, utf8_meta, recent).encode()
                fourth = e.paragraphs[TRUNCATED_KEEP].encode()
                cut = full.index(b"<p>" + fourth) + 3 + len(fourth) // 2
                page = _Page(200, full[:cut], _HTML_UTF8)
                article = GoodArticle(
                    url, e.title, e.paragraphs[:TRUNCATED_KEEP], e.published, e.kind, e.author
                )
            elif e.kind == "wrong_content_type":
                body = _article_html(e, base, utf8_meta, recent).encode()
                page = _Page(200, body, "application/octet-stream")
            elif e.kind == "not_found":
                msg = "Maaf, halaman yang Anda cari tidak ditemukan. Coba gunakan pencarian."
                page = _Page(404, _error_page("Halaman tidak ditemukan", msg, base), _HTML_UTF8)
            elif e.kind == "gone":
                msg = "Berita ini telah dihapus oleh redaksi."
                page = _Page(410, _error_page("Konten telah dihapus", msg, base), _HTML_UTF8)
            elif e.kind == "server_error_always":
                page = _Page(500, _WP_500, _HTML_UTF8)
            else:  # good, server_error_then_ok, robots, slow, huge: a normal page
                page = _Page(200, _article_html(e, base, utf8_meta, recent).encode(), _HTML_UTF8)
            self.pages[e.path] = page
            if e.kind == "good" or e.kind in ARCHIVABLE_FAULTS:
                good.append(article)
            elif e.kind in ("slow", "huge", "wrong_content_type", "robots"):
                other[e.kind] = article
        faults["xml_bomb"] = [self.url(SITEMAP_BOMB), self.url(FEED_BOMB)]
        linked = [self.url(e.path) for e in entries]

        first_good = next(a.url for a in reversed(good) if a.kind == "good")
        feed_items = "".join(_rss_item(e, base) for e in entries)
        bomb_item = _rss_item(self.by_path[urlsplit(first_good).path], base, "&lol9;")
        static = {
            "/": _Page(200, _home_html(entries, base).encode(), _HTML_UTF8),
            "/robots.txt": _Page(200, _robots_txt(base).encode(), "text/plain; charset=utf-8"),
            "/sitemap.xml": _Page(200, _sitemap_xml(entries, base).encode(), _XML),
            "/sitemap_index.xml": _Page(200, _sitemap_index_xml(base).encode(), _XML),
            SITEMAP_BOMB: _Page(200, _sitemap_bomb_xml(base, first_good).encode(), _XML),
            "/feed/": _Page(200, _rss(base, feed_items, _esc(SITE_NAME)).encode(), _RSS),
            FEED_BOMB: _Page(
                200, _rss(base, bomb_item, "&lol9;", _laughs_dtd("rss")).encode(), _RSS
            ),
        }
        self.pages.update(static)
        for src, dst in ((LOOP_A, LOOP_B), (LOOP_B, LOOP_A)):
            moved = f'<p>Moved Permanently. Redirecting to <a href="{self.url(dst)}">here</a></p>'
            self.pages[src] = _Page(301, moved.encode(), _HTML_UTF8, (("Location", self.url(dst)),))
        msg = "Maaf, halaman yang Anda cari tidak ditemukan."
        self.not_found = _Page(404, _error_page("Halaman tidak ditemukan", msg, base), _HTML_UTF8)
        return HostileTruth(base, good, faults, other, linked)

    def huge_chunks(self) -> Iterator[bytes]:
        """Exactly `huge_bytes` of a valid-looking article page, 64 KiB at a time."""
        e = next(x for x in self.entries if x.kind == "huge")
        page = self.pages[e.path].body
        split = page.index(b"</div>\n<footer")
        head, foot = page[:split], page[split:]
        total = self.huge_bytes
        if total <= len(head) + len(foot):
            yield (head + foot)[:total]
            return
        yield head
        left = total - len(head) - len(foot)
        row = 0
        while left > 0:
            rows = []
            size = 0
            while size < 65536:
                row += 1
                kab = ("Banjar", "Tanah Laut", "Tabalong", "Kotabaru", "Balangan")[row % 5]
                text = (
                    f"<p>Baris {row}: Kabupaten {kab}, bulan {BULAN[row % 12]}: "
                    f"{row % 97} kejadian, {row % 13} meninggal dunia, {row % 31} luka berat, "
                    f"{row % 59} luka ringan, kerugian materiel Rp {row % 89 * 1_250_000}.</p>\n"
                ).encode()
                rows.append(text)
                size += len(text)
            chunk = b"".join(rows)
            if len(chunk) > left:
                chunk = b" " * left  # pad with whitespace rather than cut a tag
            left -= len(chunk)
            yield chunk
        yield foot


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    site: _Site
    verbose: bool = False


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "nginx/1.18.0"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 30  # a client that stops reading cannot pin a thread in sendall() forever

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        """Serve a GET."""
        self._dispatch(head=False)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server naming
        """Serve a HEAD: same status and headers as GET, no body."""
        self._dispatch(head=True)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet unless serve_hostile(verbose=True)."""
        if self.server.verbose:
            super().log_message(format, *args)

    # -- dispatch --------------------------------------------------------------------------

    def _dispatch(self, head: bool) -> None:
        site = self.server.site
        path = urlsplit(self.path).path or "/"
        hits = site.truth._record(path)
        entry = site.by_path.get(path)
        kind = entry.kind if entry else None
        try:
            if kind == "slow":
                self._slow(site.pages[path], head)
            elif kind == "huge":
                self._huge(head)
            elif kind == "gzip_bomb":
                self._gzip_bomb(head)
            elif kind == "connection_reset":
                self._reset()
            elif kind == "server_error_then_ok" and hits <= SERVER_ERROR_THEN_OK_FAILURES:
                self._send(_Page(503, _NGINX_503, "text/html"), head)
            else:
                self._send(site.pages.get(path, site.not_found), head)
        except OSError:  # the client went away (timeout, reset, broken pipe)
            self.close_connection = True

    def _send(self, page: _Page, head: bool) -> None:
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        for key, value in page.headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        if not head:
            self.wfile.write(page.body)

    # -- faults ----------------------------------------------------------------------------

    def _slow(self, page: _Page, head: bool) -> None:
        """Headers at once, then one body byte a second (or nothing); close after slow_seconds.

        Content-Length announces the whole page, which never arrives: whoever waits
        longer than slow_seconds gets a short body (data loss), not an article.
        """
        site = self.server.site
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        if head:
            return
        deadline = time.monotonic() + site.slow_seconds
        sent = 0
        while not site.stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if site.slow_mode == "trickle" and sent < len(page.body) - 1:
                self.wfile.write(page.body[sent : sent + 1])
                sent += 1
            site.stop.wait(min(1.0, left))

    def _huge(self, head: bool) -> None:
        """A 200 article page of exactly huge_bytes, generated while it is sent."""
        site = self.server.site
        chunked = site.huge_chunked and self.request_version != "HTTP/1.0"
        self.send_response(200)
        self.send_header("Content-Type", _HTML_UTF8)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(site.huge_bytes))
        self.end_headers()
        if head:
            return
        for chunk in site.huge_chunks():
            if site.stop.is_set():
                self.close_connection = True
                return
            if chunked:
                self.wfile.write(b"%X\r\n%s\r\n" % (len(chunk), chunk))
            else:
                self.wfile.write(chunk)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _gzip_bomb(self, head: bool) -> None:
        """Gzip-encoded whatever the client accepts, like a misconfigured cache plugin."""
        data, _ = gzip_bomb(self.server.site.gzip_bomb_bytes)
        page = _Page(
            200, data, _HTML_UTF8, (("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding"))
        )
        self._send(page, head)

    def _reset(self) -> None:
        """Read the request, then abort the connection: the client sees ECONNRESET."""
        self.close_connection = True
        conn = self.connection
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()  # drop the makefile() reference so close() really closes the fd
        conn.close()


@contextmanager
def serve_hostile(
    host: str = "127.0.0.1",
    port: int = 0,
    slow_seconds: float = 5.0,
    huge_bytes: int = 30 * 1024 * 1024,
    *,
    slow_mode: str = "trickle",
    huge_chunked: bool = True,
    gzip_bomb_bytes: int = GZIP_BOMB_BYTES,
    verbose: bool = False,
) -> Iterator[tuple[str, HostileTruth]]:
    """Serve the hostile site until the `with` block ends; yields (base_url, truth).

    base_url ends with "/". slow_mode "trickle" sends one body byte per second (defeats
    per-read idle timeouts), "stall" sends nothing after the headers. huge_chunked=False
    announces Content-Length instead of streaming chunked. Shutdown is prompt even with a
    slow or huge response in flight: those loops watch a stop event, threads are daemons.
    """
    if slow_mode not in ("trickle", "stall"):
        raise ValueError(f"slow_mode must be 'trickle' or 'stall', not {slow_mode!r}")
    server = _Server((host, port), _Handler)
    server.verbose = verbose
    base_url = f"http://{host}:{server.server_address[1]}/"
    try:
        server.site = _Site(
            base_url,
            slow_seconds=slow_seconds,
            slow_mode=slow_mode,
            huge_bytes=huge_bytes,
            huge_chunked=huge_chunked,
            gzip_bomb_bytes=gzip_bomb_bytes,
        )
    except BaseException:
        server.server_close()
        raise
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True, name="hostile"
    )
    thread.start()
    try:
        yield base_url, server.site.truth
    finally:
        server.site.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


if __name__ == "__main__":  # python -m tests.hostile.server [port]: browse it by hand
    import sys

    chosen = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    with serve_hostile(port=chosen, verbose=True) as (url, hostile_truth):
        print(f"serving {url}")
        for k, urls in hostile_truth.faults.items():
            print(f"  {k}: {' '.join(urls)}")
        with suppress(KeyboardInterrupt):
            threading.Event().wait()

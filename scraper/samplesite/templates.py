# ruff: noqa: E501 - release prose reads better unbroken than wrapped at 100 columns
"""The release templates of the scaled site, modelled on Humas Polres press releases.

Each template writes one kind of story the way Polres public-relations
offices in Kalimantan Selatan publish them (dateline, "Kapolres … melalui Kasi
Humas …", the weekday-and-date in brackets, "pukul 21.15 Wita", a quote, the
article of law, an appeal to the public). Phrasing choices and optional
paragraphs come from the style stream (`c.alt`, `c.maybe`, `Body.opt`), slot
values from the slot stream (`c.pick`, `c.n`, places, officers), so that a
near-twin written with the same style stream reads the same about a different
event. The texts are written for this project; no real release is copied, and
every person, number and event is invented.
"""

from __future__ import annotations

from datetime import date, datetime

from .generator import Body, Ctx, Draft, Template, cap, num, title_case
from .vocab import (
    BANSOS_ITEMS,
    BANSOS_TARGETS,
    COLOURS,
    CURANMOR_SPOTS,
    JUDI_KINDS,
    KELUHAN,
    KELUHAN_DETAIL,
    LAKA_VEHICLES,
    MIRAS_KINDS,
    SABU_CONTAINERS,
    VEHICLES,
)


def _when(c: Ctx) -> str:
    """ ", Jumat (6/10)" when the statement was given after the event day."""
    return "" if c.ev == c.pubd else f", {c.tgl(c.pubd)}"


def _said(c: Ctx) -> str:
    return c.alt("ujarnya", "katanya", "ucapnya", "jelasnya", "tuturnya", "ungkapnya")


def _end(c: Ctx) -> str:
    return c.alt("pungkasnya", "tutupnya", "imbuhnya", "tambahnya", "harapnya")


def _between(*windows: tuple[date, date]):
    def valid(pub: datetime) -> bool:
        d = pub.date()
        return any(a <= d <= b for a, b in windows)

    return valid


def _months(*months: int):
    return lambda pub: pub.month in months


def _always(pub: datetime) -> bool:
    return True


# -- Jumat Curhat ------------------------------------------------------------------------


def jumat_curhat(c: Ctx) -> Draft:
    c.on_weekday(4)
    keluhan = c.pick(KELUHAN)
    detail = KELUHAN_DETAIL[keluhan]
    polsek = c.use_polsek() if c.maybe(0.5) else None
    where = c.pick(("balai", "masjid", "kamling", "warung"))
    venue = {
        "balai": c.balai(),
        "masjid": f"halaman Masjid {c.pick(('Al Ikhlas', 'Nurul Iman', 'At Taqwa', 'Al Muhajirin', 'Darussalam'))} {c.desa}",
        "kamling": f"Pos Kamling RT {c.n(1, 15):02d} {c.vw} {c.desa}",
        "warung": f"sebuah warung kopi di {c.vw} {c.desa}",
    }[where]
    hour, pukul = c.jam(8, 10)
    if polsek:
        lead_o = c.kapolsek()
        host = f"Polsek {polsek}"
    else:
        lead_o = c.officer(c.alt("kapolres", "waka"))
        host = c.unit.name
    title = c.alt(
        f"Jumat Curhat di {c.vw} {c.desa}, Warga Keluhkan {keluhan} kepada {host if polsek else c.unit.short}",
        f"{host if polsek else c.unit.short} Gelar Jumat Curhat di {c.vw} {c.desa}, Tampung Keluhan Soal {keluhan}",
        f"Jumat Curhat, Warga {c.desa} Curhat Soal {keluhan} kepada {host if polsek else c.unit.short}",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} {host} Polda Kalsel kembali menggelar kegiatan Jumat Curhat bersama warga "
        f"di {venue}, Kecamatan {c.kec}, {c.tgl(c.ev)} {c.waktu(hour)}."
    )
    b.add(
        f"Kegiatan {c.alt('dipimpin langsung', 'dipimpin')} {lead_o.position} {c.name(lead_o)} "
        f"didampingi {c.alt('Bhabinkamtibmas dan Babinsa setempat', 'perangkat desa, Bhabinkamtibmas dan Babinsa', 'Kepala Desa serta tokoh agama dan tokoh masyarakat')}, "
        f"serta diikuti {c.alt('puluhan', 'sekitar ' + str(c.n(25, 70)), 'belasan')} warga."
    )
    b.add(
        f"Dalam sesi tanya jawab, warga menyampaikan keresahan terkait {detail}. "
        + c.alt(
            "Sejumlah warga juga meminta agar patroli di malam hari lebih sering dilakukan.",
            "Warga berharap kepolisian dapat segera mengambil langkah nyata.",
            "Keluhan itu disampaikan secara terbuka di hadapan aparat desa.",
        )
    )
    b.add(
        f'"{c.alt("Semua keluhan warga kami catat dan akan segera kami tindak lanjuti", "Terima kasih atas masukan warga, ini menjadi bahan evaluasi bagi kami", "Keluhan ini langsung kami tindak lanjuti")}. '
        f'{c.alt("Kami akan meningkatkan patroli dan mengaktifkan kembali pos kamling bersama warga", "Personel akan kami tempatkan di titik-titik yang dikeluhkan warga", "Kami juga minta warga tidak ragu melapor jika melihat hal mencurigakan")}," '
        f"kata {c.name(lead_o)}."
    )
    b.opt(
        0.7,
        lambda: (
            f"Selain {keluhan.lower()}, warga juga menyinggung "
            + c.alt(
                "kondisi jalan desa yang rusak dan minim penerangan",
                "kenakalan remaja yang berkumpul hingga larut malam",
                "pencurian kecil yang kerap terjadi di kebun warga",
            )
            + ". Untuk persoalan yang bukan kewenangan kepolisian, aspirasi tersebut akan diteruskan kepada pemerintah daerah."
        ),
    )
    b.opt(
        0.6,
        lambda: (
            f"Salah seorang warga, {c.warga()}, mengaku senang dengan adanya kegiatan tersebut. "
            f'"{c.alt("Kami jadi bisa menyampaikan keluhan langsung tanpa harus ke kantor polisi", "Baru kali ini kami bisa bicara langsung dengan pimpinan polisi", "Mudahan keluhan kami cepat ditindaklanjuti")}," ujarnya.'
        ),
    )
    b.opt(
        0.5,
        f"Di akhir kegiatan, {host} {c.alt('membagikan nomor layanan pengaduan', 'mengingatkan layanan Polri 110 yang bisa dihubungi gratis', 'membagikan brosur imbauan kamtibmas')} "
        "kepada warga agar laporan dapat disampaikan kapan saja.",
    )
    b.opt(
        0.55,
        f"Jumat Curhat merupakan program Polri untuk menyerap langsung aspirasi masyarakat. "
        f"{c.unit.name} {c.alt('menjadwalkan kegiatan ini bergilir di setiap kecamatan setiap pekan', 'rutin menggelar kegiatan ini setiap hari Jumat di wilayah hukumnya', 'melaksanakan kegiatan serupa secara bergantian di seluruh Polsek jajaran')}.",
    )
    b.opt(
        0.4,
        f"Melalui {c.humas_chain()}, pihak kepolisian berharap hubungan yang baik antara polisi dan warga "
        "dapat mencegah gangguan kamtibmas sejak dini.",
    )
    b.swap_tail()
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Suasana Jumat Curhat {host} di {c.vw} {c.desa}, Kecamatan {c.kec}.",
        category="Kamtibmas",
        tags=["Jumat Curhat"],
        comment_topic="kamtibmas",
    )


# -- patroli malam ---------------------------------------------------------------------


def patroli_malam(c: Ctx) -> Draft:
    sasaran = c.pick(
        (
            ("Kejahatan Jalanan", "kejahatan jalanan seperti jambret dan begal"),
            ("Balap Liar", "aksi balap liar dan geng motor"),
            ("3C", "tindak pidana 3C, yakni curat, curas dan curanmor"),
            ("Curanmor", "pencurian kendaraan bermotor"),
            ("Tawuran Remaja", "tawuran dan kenakalan remaja"),
            ("Peredaran Miras", "peredaran minuman keras"),
        )
    )
    squad = c.alt("Sat Samapta", "Sat Samapta", "personel gabungan", "Tim Patroli Presisi")
    polsek = c.use_polsek() if c.maybe(0.35) else None
    host = f"Polsek {polsek}" if polsek else c.unit.name
    hour, pukul = c.jam(21, 23)
    title = c.alt(
        f"Sisir Jalan Rawan di {c.desa}, {squad.replace('personel gabungan', 'Personel')} {host} Gelar Patroli Malam",
        f"Antisipasi {sasaran[0]}, {host if polsek else c.unit.short} Patroli Malam Sisir {c.vw} {c.desa}",
        f"Cegah {sasaran[0]}, {host if polsek else c.unit.short} Gelar Patroli Blue Light di {c.desa}, {c.kec}",
    )
    humas = c.humas_chain()
    b = Body(c)
    b.add(
        f"{c.dateline[0]} {cap(squad) if squad != 'personel gabungan' else 'Personel gabungan'} {host} melaksanakan patroli malam "
        f"dengan menyisir sejumlah jalan rawan di wilayah Kecamatan {c.kec}, {c.tgl(c.ev)} malam, mulai {pukul}."
    )
    b.add(
        f"{humas} mengatakan patroli tersebut menyasar {sasaran[1]} yang kerap meningkat pada malam hari, "
        f"terutama di {c.alt('jalan-jalan yang minim penerangan', 'ruas jalan yang sepi dan jauh dari permukiman', 'kawasan yang kerap dijadikan tempat nongkrong remaja')}."
    )
    route = ", ".join([f"{c.vw} {c.desa}", f"{c.vw} {c.other_village()}", c.pick(c.unit.roads)])
    b.add(
        f"Rute patroli antara lain {route}, serta {c.alt('objek vital dan perbankan', 'minimarket yang buka 24 jam', 'pangkalan ojek dan terminal')}. "
        f"Petugas {c.alt('menyalakan lampu rotator', 'berhenti di titik-titik rawan', 'menyapa warga yang masih beraktivitas')} sebagai tanda kehadiran polisi di tengah masyarakat."
    )
    b.add(
        f'"{c.alt("Kehadiran polisi di jam-jam rawan diharapkan dapat mempersempit ruang gerak pelaku kejahatan", "Patroli ini bentuk kehadiran Polri agar masyarakat merasa aman beraktivitas malam hari", "Kami ingin memastikan warga bisa beristirahat dengan tenang")}," '
        f"{_said(c)}."
    )
    b.opt(
        0.7,
        lambda: (
            f"Dalam patroli itu, petugas {c.alt('membubarkan', 'menegur', 'mendata')} "
            f"{c.words(c.n(2, 9))} kelompok remaja yang masih berkumpul di pinggir jalan "
            f"{c.alt('hingga larut malam', 'lewat tengah malam', 'sambil membawa sepeda motor')} dan meminta mereka pulang ke rumah masing-masing."
        ),
    )
    b.opt(
        0.6,
        f"Hingga patroli berakhir {c.alt('sekitar pukul 01.00', 'menjelang dini hari', 'sekitar pukul 00.30')} {c.wita}, "
        "situasi kamtibmas di wilayah tersebut terpantau aman dan kondusif.",
    )
    b.opt(
        0.5,
        f"Polisi juga mengimbau warga untuk {c.alt('mengaktifkan kembali ronda malam', 'menggunakan kunci ganda pada kendaraan', 'segera melapor melalui layanan 110 jika melihat hal mencurigakan')}.",
    )
    b.opt(
        0.35,
        f"Patroli malam akan terus dilakukan secara rutin dan acak (random) agar tidak mudah dibaca oleh pelaku kejahatan, "
        f"{c.alt('terutama pada malam akhir pekan', 'termasuk di wilayah perbatasan antarkecamatan', 'dengan melibatkan personel piket fungsi')}.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Personel {host} saat melaksanakan patroli malam di wilayah Kecamatan {c.kec}.",
        category="Kamtibmas",
        tags=["Patroli"],
        comment_topic="kamtibmas",
    )


# -- sabu: hidden in a box ------------------------------------------------------------


def sabu_simpan(c: Ctx) -> Draft:
    box = c.pick(SABU_CONTAINERS)
    suspect = c.inisial(21, 48)
    initials = suspect.split(" ")[0]
    paket = c.n(1, 14)
    berat = c.gram(0.2, 9.5)
    hour, pukul = c.jam(14, 23)
    polsek = c.use_polsek() if c.maybe(0.3) else None
    squad = f"Unit Reskrim Polsek {polsek}" if polsek else f"Satresnarkoba {c.unit.name}"
    title = c.alt(
        f"Simpan Sabu di {box}, Warga {c.desa} Ditangkap Polisi",
        f"Sembunyikan Sabu di {box}, Pria di {c.desa} Diringkus {f'Polsek {polsek}' if polsek else c.unit.short}",
        f"Sabu Disimpan di {box}, Warga {c.kec} Diamankan {f'Polsek {polsek}' if polsek else c.unit.short}",
    )
    boss = c.officer("kapolsek", polsek) if polsek else c.officer("narkoba")
    b = Body(c)
    b.add(
        f"{c.dateline[0]} {squad} Polda Kalsel {c.alt('mengamankan', 'menangkap', 'meringkus')} seorang pria berinisial {suspect}, "
        f"warga {c.vw} {c.desa}, Kecamatan {c.kec}, yang kedapatan menyimpan narkotika jenis sabu di dalam {box.lower()}, "
        f"{c.tgl(c.ev)} sekitar {pukul}."
    )
    b.add(
        f"{boss.position} {c.name(boss)} mengatakan penangkapan berawal dari "
        f"{c.alt('informasi masyarakat yang resah dengan aktivitas mencurigakan di sekitar rumah pelaku', 'laporan warga yang sering melihat orang tak dikenal keluar masuk rumah pelaku', 'hasil penyelidikan petugas selama kurang lebih dua pekan')}."
    )
    b.add(
        f'"Saat dilakukan penggeledahan badan dan tempat yang disaksikan {c.alt("ketua RT", "warga setempat", "aparat desa")}, '
        f"petugas menemukan {c.words(paket)} paket sabu dengan berat kotor {berat} gram yang disimpan di dalam {box.lower()}"
        f'{c.alt(" di kamar pelaku", " di saku celana pelaku", " di bawah meja", "")}," {_said(c)}{_when(c)}.'
    )
    b.opt(
        0.75,
        lambda: (
            "Selain sabu, petugas juga menyita "
            + c.alt(
                "satu buah timbangan digital, plastik klip kosong dan satu unit telepon genggam",
                "satu set alat isap (bong), korek api gas dan pipet kaca",
                f"uang tunai {c.rupiah(150, 1800)} yang diduga hasil penjualan dan satu unit ponsel",
            )
            + "."
        ),
    )
    b.opt(
        0.7,
        lambda: (
            f"Kepada petugas, {initials} mengaku mendapatkan barang haram tersebut dari seseorang berinisial "
            f"{c.inisial().split(' ')[0]} yang kini masuk Daftar Pencarian Orang (DPO). "
            + c.alt(
                "Polisi masih melakukan pengembangan untuk membongkar jaringan di atasnya.",
                "Sabu itu rencananya akan dijual kembali dalam paket-paket kecil.",
                "Pelaku mengaku sudah beberapa kali menjual sabu kepada pemuda di sekitar tempat tinggalnya.",
            )
        ),
    )
    b.opt(
        0.5,
        f'"{c.alt("Kami berterima kasih kepada masyarakat yang berani melapor", "Peran serta masyarakat sangat membantu kami", "Kami tidak akan memberi ruang bagi peredaran narkoba")}. '
        f'{c.alt("Informasi sekecil apa pun akan kami tindak lanjuti", "Silakan laporkan jika ada aktivitas mencurigakan di lingkungan masing-masing", "Identitas pelapor kami jamin kerahasiaannya")}," tegasnya.',
    )
    b.add(
        f"Pelaku beserta barang bukti kini diamankan di {c.alt(c.unit.mako, f'Mapolsek {polsek}' if polsek else c.unit.mako)} untuk proses penyidikan lebih lanjut. "
        f"Atas perbuatannya, {initials} dijerat Pasal {c.alt('114 ayat (1) subsider Pasal 112 ayat (1)', '112 ayat (1)', '114 ayat (1) jo Pasal 132 ayat (1)')} "
        "Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika."
    )
    b.opt(
        0.35,
        f"{c.unit.name} mengimbau masyarakat, terutama generasi muda, untuk menjauhi narkoba yang dapat merusak masa depan "
        f"dan {c.alt('segera melaporkan', 'tidak ragu menginformasikan', 'melaporkan')} jika mengetahui adanya peredaran narkoba di lingkungannya.",
    )
    c.extra_labels["suspects"] = [suspect]
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Pelaku {initials} beserta barang bukti sabu yang disimpan di dalam {box.lower()}.",
        category="Hukum & Kriminal",
        tags=["Narkoba"],
        comment_topic="kriminal",
    )


# -- sabu: dealer arrested --------------------------------------------------------------


def sabu_edar(c: Ctx) -> Draft:
    suspects = [c.inisial(22, 50) for _ in range(c.n(1, 3))]
    paket = c.n(5, 60)
    berat = c.gram(2, 120)
    hour, pukul = c.jam(13, 23)
    kasat = c.officer("narkoba")
    who = (
        " dan ".join(suspects)
        if len(suspects) < 3
        else f"{suspects[0]}, {suspects[1]} dan {suspects[2]}"
    )
    count = c.words(len(suspects))
    title = c.alt(
        f"Satresnarkoba {c.unit.short} Ringkus {'Pengedar' if len(suspects) == 1 else f'{cap(count)} Pengedar'} Sabu di {c.kec}, {paket} Paket Diamankan",
        f"{c.unit.short} Bongkar Peredaran Sabu di {c.vw} {c.desa}, {paket} Paket Disita",
        f"Edarkan Sabu di {c.kec}, {'Warga' if len(suspects) == 1 else f'{cap(count)} Warga'} {c.desa} Dibekuk Polisi",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Satuan Reserse Narkoba (Satresnarkoba) {c.unit.name} Polda Kalsel kembali mengungkap peredaran "
        f"narkotika jenis sabu di {c.vw} {c.desa}, Kecamatan {c.kec}, {c.unit.region}, {c.tgl(c.ev)} {c.waktu(hour)}."
    )
    b.add(
        f"{kasat.position} {c.name(kasat)} mengatakan, dalam pengungkapan itu pihaknya "
        f"{c.alt('mengamankan', 'menangkap')} {count} {'orang' if len(suspects) > 1 else 'pria'} berinisial {who} "
        f"sekitar {pukul} {c.alt('di sebuah rumah', 'di pinggir jalan desa', 'di sebuah pondok kebun')}."
    )
    b.add(
        f'"Dari tangan {"tersangka" if len(suspects) == 1 else "para tersangka"} kami temukan {paket} paket sabu siap edar dengan berat kotor {berat} gram, '
        f'{c.alt("satu buah timbangan digital dan plastik klip kosong", "satu unit ponsel dan buku catatan transaksi", "timbangan digital, sendok takar dari pipet dan uang tunai")}," '
        f"kata {c.name(kasat)}{_when(c)}."
    )
    b.opt(
        0.75,
        lambda: (
            f"Pengungkapan berawal dari {c.alt('informasi masyarakat', 'laporan warga', 'hasil pemetaan petugas')} yang menyebut "
            f"{c.alt('rumah tersebut kerap didatangi orang tak dikenal hingga larut malam', 'adanya transaksi narkoba di sekitar lokasi', 'pelaku sering bertransaksi di pinggir jalan')}. "
            f"Petugas kemudian melakukan penyelidikan selama {c.alt('kurang lebih satu pekan', 'beberapa hari', 'dua pekan')}."
        ),
    )
    b.opt(
        0.7,
        lambda: (
            f"Kepada penyidik, tersangka mengaku mendapatkan sabu dari seseorang di "
            f"{c.pick(('Banjarmasin', 'Martapura', 'Banjarbaru', 'Samarinda', 'Palangka Raya', 'Kotabaru'))} yang kini masih dalam pengejaran polisi. "
            + c.alt(
                f"Sabu tersebut rencananya akan dijual kembali seharga {c.rupiah(150, 400)} per paket kecil.",
                "Tersangka mengaku sudah tiga bulan terakhir menjalankan bisnis haram tersebut.",
                "Polisi juga memeriksa urine tersangka yang hasilnya positif mengandung metamfetamin.",
            )
        ),
    )
    b.opt(
        0.4,
        f"Menurut {c.name(kasat)}, pengungkapan ini {c.alt('menyelamatkan ratusan jiwa dari bahaya narkoba', 'merupakan hasil kerja sama dengan masyarakat', 'bagian dari komitmen Polri memberantas narkoba hingga ke desa-desa')}.",
    )
    b.add(
        f"Atas perbuatannya, {'tersangka' if len(suspects) == 1 else 'para tersangka'} dijerat Pasal 114 ayat (1) subsider Pasal 112 ayat (1) Undang-Undang "
        f"Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman pidana penjara paling singkat {c.alt('lima', 'empat')} tahun."
    )
    b.opt(
        0.3,
        f'"{c.alt("Perang melawan narkoba tidak bisa dilakukan polisi sendirian", "Kami akan terus memburu para pengedar", "Narkoba adalah musuh bersama")}. '
        f'{c.alt("Mari bersama-sama menjaga lingkungan dari narkoba", "Laporkan ke kami jika ada peredaran narkoba di sekitar Anda", "Kami tidak akan berhenti sampai jaringannya terputus")}," {_end(c)}.',
    )
    c.extra_labels["suspects"] = suspects
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"{'Tersangka' if len(suspects) == 1 else 'Para tersangka'} dan barang bukti sabu dihadirkan di {c.unit.mako}.",
        category="Hukum & Kriminal",
        tags=["Narkoba", "Sabu"],
        comment_topic="kriminal",
    )


# -- curanmor ---------------------------------------------------------------------------


def curanmor(c: Ctx) -> Draft:
    motor = c.pick(VEHICLES)
    colour = c.pick(COLOURS)
    spot = c.pick(CURANMOR_SPOTS)
    suspect = c.inisial(18, 41)
    initials = suspect.split(" ")[0]
    victim = c.warga()
    lokasi = c.n(2, 9)
    hour, pukul = c.jam(9, 22)
    kasat = c.officer("reskrim")
    title = c.alt(
        f"{c.unit.short} Ungkap Kasus Curanmor, Pelaku Beraksi di {title_case(spot)} di {c.kec}",
        f"Curi {motor} di {title_case(spot)}, Warga {c.desa} Ditangkap Satreskrim {c.unit.short}",
        f"Pelaku Curanmor Spesialis {title_case(spot)} di {c.kec} Dibekuk, Sudah Beraksi di {lokasi} Lokasi",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Satreskrim {c.unit.name} Polda Kalsel menangkap seorang pria yang diduga mencuri sepeda motor "
        f"di {spot} di {c.vw} {c.desa}, Kecamatan {c.kec}, {c.tgl(c.ev)}."
    )
    b.add(
        f"{kasat.position} {c.name(kasat)} mengungkapkan tersangka berinisial {suspect}, warga Kecamatan {c.other_kec()}, "
        f"telah beraksi sedikitnya di {c.words(lokasi)} lokasi berbeda {c.alt('dalam dua bulan terakhir', 'sejak awal tahun', 'dalam sebulan terakhir')}."
    )
    b.add(
        f'"Modusnya {c.alt("merusak kunci kontak menggunakan kunci T", "mencari sepeda motor yang kuncinya masih tergantung", "mendorong sepeda motor yang diparkir tanpa kunci ganda")}. '
        f'Pelaku {c.alt("memilih sasaran yang jauh dari pengawasan", "beraksi dalam hitungan menit", "mengincar kendaraan yang diparkir di tempat sepi")}," kata {c.name(kasat)}{_when(c)}.'
    )
    b.opt(
        0.8,
        lambda: (
            f"Kasus ini terungkap setelah korban, {victim}, melapor kehilangan sepeda motor {motor} warna {colour} "
            f"yang diparkir di {spot}. {c.alt('Berbekal rekaman CCTV di sekitar lokasi', 'Dari keterangan saksi', 'Berdasarkan hasil penyelidikan')}, "
            f"petugas mengidentifikasi pelaku dan menangkapnya {c.alt('di rumahnya', 'saat hendak menjual motor curian', 'di sebuah bengkel')} sekitar {pukul}."
        ),
    )
    b.opt(
        0.7,
        lambda: (
            f"Dari hasil pengembangan, polisi menyita {c.words(c.n(2, 5))} unit sepeda motor yang belum sempat dijual serta satu kunci T. "
            f"{c.alt('Sebagian motor curian diketahui telah dijual ke luar daerah', 'Motor hasil curian biasanya dijual tanpa surat dengan harga murah', 'Polisi masih menelusuri penadah yang menampung motor hasil curian')}."
        ),
    )
    b.opt(
        0.55,
        f"Polisi mengimbau masyarakat menggunakan kunci ganda dan memarkir kendaraan di tempat yang aman. "
        f"{c.alt('Warga yang merasa kehilangan sepeda motor dapat mengecek barang bukti di', 'Pemilik kendaraan yang merasa kehilangan dipersilakan datang ke')} {c.unit.mako}.",
    )
    b.add(
        "Tersangka dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan dengan ancaman hukuman paling lama tujuh tahun penjara."
    )
    b.swap_tail()
    c.extra_labels["suspects"] = [suspect]
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Tersangka {initials} dan barang bukti sepeda motor hasil curian di {c.unit.mako}.",
        category="Hukum & Kriminal",
        tags=["Curanmor"],
        comment_topic="kriminal",
    )


# -- caught within 24 hours ---------------------------------------------------------------


def kilat_24jam(c: Ctx) -> Draft:
    crime = c.pick(
        (
            ("Pencurian", "pencurian", "mencuri", "Pasal 363 KUHP"),
            ("Penganiayaan", "penganiayaan", "menganiaya", "Pasal 351 KUHP"),
            ("Jambret", "penjambretan", "menjambret", "Pasal 365 KUHP"),
            ("Pencurian Sawit", "pencurian buah sawit", "mencuri buah sawit", "Pasal 363 KUHP"),
            ("Pencurian Ternak", "pencurian ternak", "mencuri sapi", "Pasal 363 KUHP"),
            ("Pembobolan Warung", "pembobolan warung", "membobol warung", "Pasal 363 KUHP"),
        )
    )
    polsek = c.use_polsek()
    host = f"Polsek {polsek}" if polsek else f"Satreskrim {c.unit.name}"
    suspect = c.inisial(17, 45)
    initials = suspect.split(" ")[0]
    victim = c.warga()
    c.ev = c.pubd if c.pub.hour >= 15 else c.ev
    hour, pukul = c.jam(1, 14)
    title = c.alt(
        f"Kurang dari 24 Jam, {host} Ringkus Pelaku {crime[0]} di {c.vw} {c.desa}",
        f"Tak Sampai 24 Jam, Pelaku {crime[0]} di {c.desa} Dibekuk {host}",
        f"Gerak Cepat, {host} Tangkap Pelaku {crime[0]} di {c.desa} Kurang dari 24 Jam",
    )
    boss = c.kapolsek() if polsek else c.officer("reskrim")
    b = Body(c)
    b.add(
        f"{c.dateline[0]} {c.alt('Tim Opsnal', 'Unit Reskrim', 'Tim Buser')} {host} berhasil meringkus pelaku {crime[1]} "
        f"yang terjadi di {c.vw} {c.desa}, Kecamatan {c.kec}, kurang dari 24 jam setelah kejadian dilaporkan."
    )
    b.add(
        f"{boss.position} {c.name(boss)} mengatakan peristiwa itu dilaporkan korban, {victim}, pada {c.tgl(c.ev)} "
        f"sekitar {pukul}. {c.alt('Korban mengalami kerugian', 'Akibat kejadian itu korban merugi')} sekitar {c.rupiah(400, 9000)}."
    )
    b.add(
        f'"Begitu menerima laporan, anggota langsung melakukan olah TKP dan mengumpulkan keterangan saksi. '
        f'{c.alt("Identitas pelaku cepat kami ketahui", "Dari ciri-ciri yang disampaikan saksi, kami mengarah ke satu orang", "Rekaman CCTV warga sangat membantu")}," {_said(c)}.'
    )
    b.add(
        f"Pelaku berinisial {suspect} ditangkap {c.alt('di rumahnya', 'di tempat persembunyiannya', 'saat nongkrong di sebuah warung')} "
        f"di {c.vw} {c.other_village()} tanpa perlawanan. Ia mengakui perbuatannya {crime[2]} {c.alt('karena terdesak kebutuhan ekonomi', 'untuk membeli minuman keras', 'karena kesal dengan korban')}."
    )
    b.opt(
        0.65,
        lambda: (
            "Barang bukti yang diamankan antara lain "
            + c.alt(
                "satu unit telepon genggam, dompet berisi uang tunai dan pakaian yang dikenakan pelaku",
                "sebilah senjata tajam jenis parang dan pakaian pelaku",
                "beberapa karung barang hasil curian dan sepeda motor yang digunakan pelaku",
            )
            + "."
        ),
    )
    b.opt(
        0.5,
        f"{c.name(boss)} mengapresiasi warga yang {c.alt('cepat melapor', 'ikut membantu memberikan informasi', 'tidak main hakim sendiri')} "
        f"sehingga pelaku dapat segera diamankan.",
    )
    b.add(
        f"Pelaku kini mendekam di sel tahanan {f'Mapolsek {polsek}' if polsek else c.unit.mako} dan dijerat {crime[3]}."
    )
    b.opt(
        0.3,
        f"Polisi masih mendalami kemungkinan pelaku terlibat dalam kasus serupa di wilayah Kecamatan {c.kec} dan sekitarnya.",
    )
    c.extra_labels["suspects"] = [suspect]
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Pelaku {crime[1]} berinisial {initials} saat diamankan di {f'Mapolsek {polsek}' if polsek else c.unit.mako}.",
        category="Hukum & Kriminal",
        tags=[crime[0] if crime[0] != "Jambret" else "Jambret", "Kriminal"],
        comment_topic="kriminal",
    )


# -- traffic operations -------------------------------------------------------------------

_OPS = (
    ("Operasi Zebra Intan", date(2022, 10, 3), date(2022, 10, 16)),
    ("Operasi Zebra Intan", date(2023, 9, 4), date(2023, 9, 17)),
    ("Operasi Keselamatan Intan", date(2023, 2, 7), date(2023, 2, 20)),
    ("Operasi Keselamatan Intan", date(2024, 3, 4), date(2024, 3, 17)),
    ("Operasi Patuh Intan", date(2022, 6, 13), date(2022, 6, 26)),
    ("Operasi Patuh Intan", date(2023, 7, 10), date(2023, 7, 23)),
)


def _op_now(d: date) -> tuple[str, date, date] | None:
    for name, a, b in _OPS:
        if a - (date.resolution * 3) <= d <= b:
            return name, a, b
    return None


def operasi_lalin(c: Ctx) -> Draft:
    op = _op_now(c.pubd) or _OPS[0]
    name = f"{op[0]} {op[1].year}"
    kasat = c.officer("lantas")
    before = c.pubd < op[1]
    hour, pukul = c.jam(7, 10)
    title = c.alt(
        f"{name} Dimulai, {c.unit.short} Gelar Apel Pasukan di {c.unit.field}"
        if before
        else f"Hari ke-{(c.pubd - op[1]).days + 1} {name}, Satlantas {c.unit.short} Tegur Puluhan Pengendara di {c.kec}",
        f"Satlantas {c.unit.short} Sasar Pengendara di Bawah Umur Selama {name}, {c.kec}",
        f"{name}, {c.unit.short} Bagikan Helm dan Brosur kepada Pengendara di {c.kec}",
    )
    b = Body(c)
    if before:
        b.add(
            f"{c.dateline[0]} {c.unit.name} Polda Kalsel menggelar apel gelar pasukan {name} di {c.unit.field}, "
            f"{c.tgl(c.ev)} pagi {pukul}."
        )
    else:
        b.add(
            f"{c.dateline[0]} Satuan Lalu Lintas {c.unit.name} Polda Kalsel terus menggencarkan {name} di sejumlah ruas jalan, "
            f"salah satunya di {c.pick(c.unit.roads)} wilayah Kecamatan {c.kec}, {c.tgl(c.ev)}."
        )
    b.add(
        f"{kasat.position} {c.name(kasat)} mengatakan {name} berlangsung selama 14 hari, mulai {op[1].day} hingga "
        f"{c.tanggal(op[2])}, dengan mengedepankan kegiatan {c.alt('edukatif dan persuasif', 'preemtif dan preventif', 'simpatik dan humanis')}."
    )
    b.add(
        f'"Sasaran kami adalah pelanggaran yang berpotensi menimbulkan kecelakaan, seperti pengendara di bawah umur, tidak memakai helm, '
        f'melawan arus dan berboncengan lebih dari satu orang," {_said(c)}.'
    )
    b.opt(
        0.75,
        lambda: (
            f"Hingga hari ini, petugas telah memberikan teguran kepada {c.n(40, 380)} pengendara dan menindak "
            f"{c.n(5, 60)} pelanggaran melalui tilang elektronik (ETLE) {c.alt('mobile', 'handheld', 'statis dan mobile')}."
        ),
    )
    b.opt(
        0.6,
        f"Selain penindakan, personel Satlantas juga {c.alt('membagikan helm gratis kepada pengendara yang tidak memakai helm', 'membagikan brosur keselamatan berlalu lintas', 'memberikan sosialisasi tertib berlalu lintas di sekolah-sekolah')}.",
    )
    b.opt(
        0.55,
        f"Masyarakat diimbau melengkapi surat-surat kendaraan dan mematuhi rambu lalu lintas, terutama di {c.pick(c.unit.roads)} "
        f"yang {c.alt('padat kendaraan angkutan batu bara', 'kerap menjadi lokasi kecelakaan', 'ramai pada jam berangkat dan pulang sekolah')}.",
    )
    b.opt(
        0.35,
        f"Operasi ini melibatkan {c.n(40, 160)} personel gabungan dari Satlantas, Sat Samapta, {c.alt('TNI, Dinas Perhubungan dan Satpol PP', 'Polsek jajaran dan Dinas Perhubungan', 'Subdenpom dan Dinas Perhubungan')}.",
    )
    c.extra_labels["operation"] = name
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Personel Satlantas {c.unit.name} saat pelaksanaan {name}.",
        category="Lalu Lintas",
        tags=[op[0].replace(" Intan", ""), "Lalu Lintas"],
        comment_topic="lalin",
    )


def knalpot_brong(c: Ctx) -> Draft:
    c.ev = c.pubd if c.pub.hour >= 23 else c.ev
    count = c.n(9, 64)
    kasat = c.officer("lantas")
    hour, pukul = c.jam(20, 23)
    spot = c.alt("Bundaran", "Simpang Empat", "Jalan Lingkar", "kawasan Taman Kota")
    title = c.alt(
        f"Satlantas {c.unit.short} Tertibkan {count} Sepeda Motor Berknalpot Brong di {c.kec}",
        f"Bubarkan Balap Liar di {c.kec}, Polisi Amankan {count} Sepeda Motor Berknalpot Brong",
        f"Razia Knalpot Brong di {c.vw} {c.desa}, {count} Motor Diamankan Satlantas {c.unit.short}",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Satuan Lalu Lintas {c.unit.name} menertibkan {count} unit sepeda motor yang menggunakan knalpot tidak sesuai standar "
        f"atau knalpot brong dalam razia di {spot.lower() if spot.startswith('kawasan') else spot} {c.desa}, Kecamatan {c.kec}, {c.tgl(c.ev)} malam."
    )
    b.add(
        f"{kasat.position} {c.name(kasat)} mengatakan razia digelar menyusul banyaknya keluhan warga terkait "
        f"{c.alt('suara bising kendaraan', 'aksi balap liar', 'konvoi remaja')}, terutama pada malam akhir pekan."
    )
    b.add(
        f'"Pemilik kendaraan kami minta mengganti knalpot dengan yang standar di tempat. Bagi yang tidak membawa knalpot standar, '
        f'kendaraan kami tahan sementara di {c.unit.mako}," {_said(c)}.'
    )
    b.opt(
        0.7,
        "Selain knalpot brong, petugas juga menemukan pelanggaran lain seperti pengendara tanpa SIM, kendaraan tanpa pelat nomor "
        "dan sepeda motor yang tidak dilengkapi kaca spion.",
    )
    b.opt(
        0.6,
        lambda: (
            f"Sebagian besar pengendara yang terjaring masih berstatus pelajar. Orang tua mereka dipanggil ke {c.unit.mako} "
            f"untuk {c.alt('menandatangani surat pernyataan', 'menjemput kendaraan dengan membawa knalpot standar', 'mendapat pembinaan')}."
        ),
    )
    b.opt(
        0.5,
        f"Razia serupa akan dilakukan secara berkala di sejumlah titik yang kerap dijadikan lokasi balap liar, seperti {c.pick(c.unit.roads)}.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Petugas Satlantas {c.unit.name} memeriksa knalpot sepeda motor dalam razia di Kecamatan {c.kec}.",
        category="Lalu Lintas",
        tags=["Knalpot Brong", "Lalu Lintas"],
        comment_topic="lalin",
    )


def laka_lantas(c: Ctx) -> Draft:
    a, b_ = c.pick(LAKA_VEHICLES)
    km = c.n(3, 160)
    dead = c.n(0, 2)
    victim = c.warga()
    hour, pukul = c.jam(5, 22)
    kasat = c.officer("lantas")
    vehicles = a if b_ is None else f"{a} dan {b_}"
    title = c.alt(
        f"Kecelakaan {title_case(a)} {'dan ' + title_case(b_) if b_ else ''} di {c.kec}, {'Satu Orang Meninggal Dunia' if dead == 1 else ('Dua Orang Tewas' if dead == 2 else 'Pengendara Luka-Luka')}",
        f"Laka Lantas di Jalan {c.vw} {c.desa} Km {km}, {'Korban Meninggal di Lokasi' if dead else 'Dua Korban Dilarikan ke Rumah Sakit'}",
        f"Tabrakan di {c.kec}, Satlantas {c.unit.short} Olah TKP Kecelakaan {title_case(a)}",
    ).replace("  ", " ")
    p = Body(c)
    p.add(
        f"{c.dateline[0]} Kecelakaan lalu lintas melibatkan {vehicles} terjadi di jalan {c.alt('provinsi', 'nasional', 'poros desa')} "
        f"Km {km} {c.vw} {c.desa}, Kecamatan {c.kec}, {c.tgl(c.ev)} sekitar {pukul}."
    )
    p.add(
        f"{kasat.position} {c.name(kasat)} membenarkan kejadian tersebut. Menurutnya, "
        f"{c.alt('kecelakaan bermula saat', 'dari keterangan saksi, peristiwa terjadi ketika')} {a} yang melaju dari arah {c.unit.seat} "
        f"{c.alt('hilang kendali di tikungan', 'mencoba mendahului kendaraan di depannya', 'melaju dengan kecepatan tinggi')} "
        + (
            f"lalu bertabrakan dengan {b_} dari arah berlawanan."
            if b_
            else "lalu saling bertabrakan."
        )
    )
    if dead:
        p.add(
            f"Akibat kejadian itu, {c.words(dead)} orang meninggal dunia di lokasi, salah satunya {victim}. "
            f"{c.alt('Korban lainnya mengalami luka berat dan dilarikan ke', 'Dua korban lain mengalami luka-luka dan dirawat di')} {c.unit.hospital}."
        )
    else:
        p.add(
            f"Beruntung tidak ada korban jiwa dalam kecelakaan itu. Pengendara, {victim}, mengalami luka {c.alt('ringan', 'di bagian kepala', 'patah tulang kaki')} "
            f"dan dirawat di {c.unit.hospital}."
        )
    p.add(
        f'"{c.alt("Kami sudah melakukan olah TKP dan meminta keterangan saksi", "Kedua kendaraan sudah kami amankan untuk penyelidikan", "Penyebab pasti kecelakaan masih kami selidiki")}. '
        f'{c.alt("Kami imbau pengendara selalu berhati-hati, terutama saat hujan", "Jaga jarak aman dan jangan memaksakan diri mendahului", "Pastikan kendaraan dalam kondisi laik jalan")}," {_said(c)}{_when(c)}.'
    )
    p.opt(
        0.6,
        f"Kecelakaan sempat membuat arus lalu lintas di ruas jalan tersebut tersendat {c.alt('sekitar satu jam', 'hingga dua jam', 'beberapa saat')} "
        "sebelum kendaraan dievakuasi petugas.",
    )
    p.opt(
        0.5,
        f"Warga sekitar menyebut ruas jalan di {c.vw} {c.desa} {c.alt('minim penerangan pada malam hari', 'memiliki tikungan tajam yang kerap memakan korban', 'sering dilintasi truk bermuatan berat')}.",
    )
    p.opt(
        0.4,
        f"Berdasarkan data Satlantas {c.unit.name}, sejak awal {c.pubd.year} tercatat {c.n(12, 95)} kejadian kecelakaan di wilayah hukumnya "
        f"dengan {c.n(3, 30)} korban meninggal dunia.",
    )
    c.extra_labels["dead"] = dead
    return Draft(
        title=title,
        paragraphs=p.paragraphs(),
        caption=f"Petugas Satlantas {c.unit.name} melakukan olah TKP kecelakaan di Kecamatan {c.kec}.",
        category="Lalu Lintas",
        tags=["Laka Lantas", "Kecelakaan"],
        comment_topic="lalin",
    )


# -- places of worship ---------------------------------------------------------------------


def pengamanan_ibadah(c: Ctx) -> Draft:
    c.on_weekday(6)
    polsek = c.use_polsek()
    host = f"Polsek {polsek}" if polsek else c.unit.name
    hour, pukul = c.jam(7, 10)
    church = c.pick(
        (
            c.unit.church,
            f"Gereja {c.pick(('Pantekosta', 'Kristen Injili', 'Kalimantan Evangelis', 'Katolik Santo Paulus', 'Bethel Indonesia'))} {c.desa}",
        )
    )
    count = c.n(3, 14)
    title = c.alt(
        f"{host} Amankan Ibadah Minggu Jemaat {church.split(' (')[0]} di {c.vw} {c.desa}",
        f"Beri Rasa Aman, Personel {host} Jaga Ibadah Minggu di {c.vw} {c.desa}",
        f"Pengamanan Ibadah Minggu, {host} Sterilkan Gereja di {c.desa}, {c.kec}",
    )
    boss = c.kapolsek() if polsek else c.officer("samapta")
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Personel {host} melaksanakan pengamanan kegiatan ibadah Minggu di {church}, {c.vw} {c.desa}, "
        f"Kecamatan {c.kec}, {c.tgl(c.ev)} pagi."
    )
    b.add(
        f"{boss.position} {c.name(boss)} mengatakan sebanyak {c.words(count)} personel disiagakan sejak {pukul} "
        f"hingga ibadah selesai untuk {c.alt('mengatur arus lalu lintas dan parkir kendaraan jemaat', 'memastikan jemaat dapat beribadah dengan aman dan khusyuk', 'melakukan sterilisasi di sekitar gereja')}."
    )
    b.add(
        f'"Pengamanan tempat ibadah merupakan kegiatan rutin kami setiap hari Minggu. Kami ingin memberikan rasa aman kepada umat yang beribadah," {_said(c)}.'
    )
    b.opt(
        0.6,
        f"Pengurus gereja menyambut baik kehadiran polisi. {c.alt('Ibadah yang diikuti sekitar', 'Kegiatan ibadah dihadiri kurang lebih')} "
        f"{c.n(40, 300)} jemaat itu berjalan aman, tertib dan lancar.",
    )
    b.opt(
        0.5,
        f"Usai ibadah, personel {c.alt('berdialog dengan pengurus gereja', 'menyampaikan pesan kamtibmas kepada jemaat', 'memastikan tidak ada barang mencurigakan yang tertinggal')} "
        f"dan {c.alt('mengimbau jemaat memarkir kendaraan di tempat yang aman', 'mengajak jemaat menjaga kerukunan antarumat beragama', 'meminta jemaat segera melapor jika ada gangguan')}.",
    )
    b.opt(
        0.4,
        f"{c.humas_chain()} menambahkan pengamanan serupa juga dilakukan di rumah ibadah lain di wilayah hukum {c.unit.name}.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Personel {host} berjaga di depan {church}.",
        category="Kamtibmas",
        tags=["Pengamanan Ibadah"],
        comment_topic="kamtibmas",
    )


def operasi_lilin(c: Ctx) -> Draft:
    year = c.pubd.year if c.pubd.month == 12 else c.pubd.year - 1
    name = f"Operasi Lilin Intan {year}"
    pos = c.alt("Pos Pengamanan (Pospam)", "Pos Pelayanan (Posyan)", "Pos Pengamanan")
    spot = c.pick(
        (
            c.unit.market,
            c.unit.field,
            c.pick(c.unit.roads),
            f"Simpang Tiga {c.desa}",
            f"Pasar {c.desa}",
            f"jalan poros {c.vw} {c.desa}",
            f"depan Mapolsek {c.polsek}" if c.polsek else f"depan {c.unit.mako}",
        )
    )
    kapolres = c.officer("kapolres")
    title = c.alt(
        f"{name}, {c.unit.short} Dirikan {pos.split(' (')[0]} di {title_case(spot)}",
        f"Kapolres Cek {pos.split(' (')[0]} {name} di {title_case(spot)}",
        f"{name}: {c.unit.short} Siagakan Personel di {title_case(spot)} dan Gereja",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Dalam rangka {name}, {c.unit.name} Polda Kalsel mendirikan {pos} di {spot} untuk mengamankan "
        f"perayaan Natal {year} dan Tahun Baru {year + 1}, {c.tgl(c.ev)}."
    )
    b.add(
        f"{kapolres.position} {c.name(kapolres)} mengatakan {c.unit.name} menyiagakan {c.n(120, 420)} personel gabungan "
        f"bersama TNI, Dinas Perhubungan, Satpol PP, Dinas Kesehatan dan relawan selama operasi berlangsung."
    )
    b.add(
        f'"Fokus pengamanan kami di gereja, pusat perbelanjaan, tempat wisata dan jalur mudik. Kami pastikan masyarakat dapat merayakan Natal dan menyambut tahun baru dengan aman," {_said(c)}.'
    )
    b.opt(
        0.7,
        f"Di pos tersebut, petugas menyediakan {c.alt('tempat istirahat, kopi gratis dan layanan cek kesehatan bagi pemudik', 'informasi arus lalu lintas dan layanan pengaduan', 'tempat istirahat bagi pengendara yang kelelahan')}.",
    )
    b.opt(
        0.6,
        f"Kapolres juga mengimbau warga tidak menyalakan petasan dan kembang api secara berlebihan, serta {c.alt('tidak menggelar konvoi kendaraan', 'tidak meninggalkan rumah dalam keadaan kosong tanpa pengawasan', 'menghindari pesta minuman keras')} saat malam pergantian tahun.",
    )
    b.opt(
        0.45,
        f"{name} berlangsung selama {c.alt('10 hari', '11 hari', '12 hari')}, mulai 22 Desember {year} hingga {c.alt('1', '2')} Januari {year + 1}.",
    )
    c.extra_labels["operation"] = name
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"{pos} {name} {c.unit.name} di {spot}.",
        category="Kamtibmas",
        tags=["Operasi Lilin", "Nataru"],
        comment_topic="kamtibmas",
    )


# -- elections ------------------------------------------------------------------------


def pemilu_logistik(c: Ctx) -> Draft:
    after_vote = c.pubd > date(2024, 2, 14)
    kpu = f"KPU {c.unit.region}"
    tps = c.n(12, 140)
    hour, pukul = c.jam(9, 22)
    polsek = c.use_polsek() if c.maybe(0.4) else None
    host = f"Polsek {polsek}" if polsek else c.unit.name
    if after_vote:
        what = (
            "pergeseran kotak suara hasil pemungutan suara Pemilu 2024 dari Panitia Pemilihan Kecamatan (PPK) menuju gudang "
            + kpu
        )
        title = c.alt(
            f"{host if polsek else c.unit.short} Kawal Pergeseran Kotak Suara {tps} TPS dari PPK {c.kec} ke Gudang KPU",
            f"Pergeseran Kotak Suara dari PPK {c.kec} Dikawal Ketat {host if polsek else c.unit.short}, {tps} TPS Rampung",
            f"Personel {host if polsek else c.unit.short} Kawal Kotak Suara {tps} TPS Hasil Rekapitulasi PPK {c.kec}",
        )
    else:
        what = f"pendistribusian logistik Pemilu 2024 dari gudang {kpu} ke PPK {c.kec}"
        title = c.alt(
            f"{host if polsek else c.unit.short} Kawal Distribusi Logistik Pemilu untuk {tps} TPS di {c.kec}",
            f"Logistik {tps} TPS Tiba di PPK {c.kec}, {host if polsek else c.unit.short} Siagakan Personel",
            f"Distribusi Logistik Pemilu 2024 ke {tps} TPS di {c.kec} Dikawal {host if polsek else c.unit.short}",
        )
    b = Body(c)
    b.add(f"{c.dateline[0]} {host} Polda Kalsel mengawal {what}, {c.tgl(c.ev)} {c.waktu(hour)}.")
    b.add(
        f"{c.alt('Setiap truk pengangkut dikawal dua personel Polri bersenjata lengkap', 'Pengawalan dilakukan dengan melibatkan personel Polri dan TNI', 'Kendaraan pengangkut dikawal mobil patroli dari depan dan belakang')} "
        f"serta {c.alt('petugas PPK dan pengawas kecamatan', 'anggota Panwascam', 'petugas Linmas')}."
    )
    b.add(
        f"{c.humas_chain()} menyampaikan bahwa pengawalan dilakukan secara ketat demi menjaga keutuhan dan keamanan "
        f"{'dokumen hasil pemilu' if after_vote else 'logistik pemilu'}."
    )
    b.add(
        f'"Kami pastikan kotak suara dalam keadaan tersegel saat diberangkatkan maupun saat tiba di tujuan. Semua proses disaksikan pengawas pemilu," {_said(c)}.'
    )
    b.opt(
        0.6,
        lambda: (
            f"{'Kotak suara' if after_vote else 'Logistik'} dari {tps} TPS di Kecamatan {c.kec} "
            f"{c.alt('tiba dalam kondisi baik', 'diangkut menggunakan tiga truk', 'langsung disimpan di gudang dengan penjagaan 24 jam')}."
        ),
    )
    b.opt(
        0.5,
        "Pengamanan ini merupakan bagian dari Operasi Mantap Brata Intan 2023-2024 yang mengawal seluruh tahapan Pemilu 2024.",
    )
    b.opt(
        0.4,
        f"Ketua PPK {c.kec} mengapresiasi dukungan {c.unit.name} dalam menjaga keamanan {'kotak suara' if after_vote else 'logistik'} "
        f"{c.alt('sejak tahap penerimaan hingga penyimpanan', 'di tengah cuaca yang kerap hujan', 'hingga larut malam')}.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Personel {host} mengawal {'kotak suara' if after_vote else 'logistik Pemilu 2024'} di Kecamatan {c.kec}.",
        category="Pemilu",
        tags=["Pemilu2024", "Operasi Mantap Brata"],
        comment_topic="pemilu",
    )


def pemilu_damai(c: Ctx) -> Draft:
    audience = c.pick(
        (
            ("Pemilih Pemula", f"siswa SMA di {c.kec}", "pemilih pemula"),
            ("Tokoh Agama", "tokoh agama dan tokoh masyarakat", "tokoh agama"),
            ("Pemuda", "karang taruna dan organisasi kepemudaan", "pemuda"),
            ("Ojol", "pengemudi ojek daring dan ojek pangkalan", "pengemudi ojek"),
            ("Petani", "kelompok tani", "petani"),
        )
    )
    binmas = c.officer("binmas")
    campaign = date(2023, 11, 28) <= c.pubd <= date(2024, 2, 10)
    title = c.alt(
        f"Sasar {audience[0]}, {c.unit.short} Sosialisasi Pemilu Damai di {c.kec}",
        f"{c.unit.short} Ajak {audience[0]} di {c.kec} Tolak Hoaks dan Politik Uang",
        f"Jaga Kamtibmas Jelang Pemilu, Sat Binmas {c.unit.short} Sambangi {audience[0]} {c.desa}",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Satuan Pembinaan Masyarakat (Sat Binmas) {c.unit.name} menggelar sosialisasi Pemilu damai bagi {audience[1]} "
        f"di {c.vw} {c.desa}, Kecamatan {c.kec}, {c.tgl(c.ev)}."
    )
    b.add(
        f"{binmas.position} {c.name(binmas)} mengajak para {audience[2]} menjadi pemilih yang cerdas dan tidak mudah terprovokasi "
        f"{c.alt('berita bohong di media sosial', 'isu SARA', 'ujaran kebencian')}."
    )
    b.add(
        f'"Perbedaan pilihan itu hal biasa. Jangan sampai karena beda pilihan, hubungan keluarga dan tetangga jadi renggang," {_said(c)}.'
    )
    b.opt(
        0.65,
        f"Dalam kesempatan itu, peserta juga diberi pemahaman tentang {c.alt('tata cara mencoblos di TPS', 'larangan politik uang dan sanksinya', 'cara mengenali hoaks')} "
        f"{c.alt('oleh perwakilan KPU setempat', 'bersama anggota Panwascam', '')}.".replace(
            " .", "."
        ),
    )
    b.opt(
        0.5,
        f"{'Masa kampanye Pemilu 2024 berlangsung hingga 10 Februari 2024' if campaign else 'Masa kampanye Pemilu 2024 dijadwalkan dimulai 28 November 2023'}, "
        "sedangkan pemungutan suara dilaksanakan serentak pada 14 Februari 2024.",
    )
    b.opt(
        0.5,
        lambda: (
            f"Salah satu peserta, {c.warga()}, mengaku mendapat banyak pengetahuan baru. "
            f'"{c.alt("Saya jadi tahu cara mencoblos yang benar", "Kami sepakat menolak politik uang", "Kami siap menjaga kampung tetap aman")}," ujarnya.'
        ),
    )
    b.opt(
        0.35,
        "Kegiatan ditutup dengan pembacaan deklarasi bersama menolak hoaks, politik uang dan politisasi SARA.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Sat Binmas {c.unit.name} memberikan sosialisasi Pemilu damai kepada {audience[1]}.",
        category="Pemilu",
        tags=["Pemilu2024", "Pemilu Damai"],
        comment_topic="pemilu",
    )


# -- social --------------------------------------------------------------------------


def jumat_berkah(c: Ctx) -> Draft:
    c.on_weekday(4)
    items = c.pick(BANSOS_ITEMS)
    target = c.pick(BANSOS_TARGETS)
    count = c.n(15, 150)
    polsek = c.use_polsek() if c.maybe(0.5) else None
    host = f"Polsek {polsek}" if polsek else c.unit.name
    title = c.alt(
        f"Jumat Berkah, {host if polsek else c.unit.short} Bagikan Sembako kepada {title_case(target)} di {c.desa}",
        f"{host if polsek else c.unit.short} Berbagi {count} Paket Sembako di {c.vw} {c.desa}",
        f"Jumat Berkah, Polisi Sambangi {title_case(target)} di {c.kec}",
    )
    lead_o = c.kapolsek() if polsek else c.officer(c.alt("kapolres", "waka"))
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Dalam program Jumat Berkah, {host} membagikan {count} paket berisi {items} kepada {target} di {c.vw} {c.desa}, "
        f"Kecamatan {c.kec}, {c.tgl(c.ev)}."
    )
    b.add(
        f"{lead_o.position} {c.name(lead_o)} mengatakan kegiatan ini merupakan bentuk kepedulian Polri terhadap masyarakat "
        f"{c.alt('yang membutuhkan', 'di tengah naiknya harga kebutuhan pokok', 'yang terdampak kesulitan ekonomi')}."
    )
    b.add(
        f'"{c.alt("Bantuan ini memang tidak seberapa, tetapi semoga bisa sedikit meringankan beban", "Kami ingin polisi hadir bukan hanya saat ada masalah", "Semoga bantuan ini bermanfaat")}. '
        f'{c.alt("Kegiatan ini akan kami lanjutkan setiap Jumat", "Mohon doanya agar kami bisa terus berbagi", "Kami juga titip pesan kamtibmas agar lingkungan tetap aman")}," {_said(c)}.'
    )
    b.opt(
        0.65,
        lambda: (
            f"Salah seorang penerima, {c.warga(True)}, tak kuasa menahan haru. "
            f'"{c.alt("Terima kasih bapak polisi, sangat membantu kami", "Alhamdulillah, beras ini cukup untuk seminggu", "Semoga bapak-bapak polisi sehat selalu")}," ucapnya.'
        ),
    )
    b.opt(
        0.55,
        f"Pembagian dilakukan {c.alt('dari rumah ke rumah', 'di halaman masjid usai salat Jumat', 'dengan mendatangi langsung warga yang sudah didata Bhabinkamtibmas')} "
        "agar bantuan tepat sasaran.",
    )
    b.opt(
        0.4,
        f"Kegiatan didukung {c.alt('Bhayangkari Cabang setempat', 'para pejabat utama', 'donatur dan pengusaha lokal')}.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"{host} menyerahkan paket sembako kepada warga {c.vw} {c.desa} dalam program Jumat Berkah.",
        category="Sosial",
        tags=["Jumat Berkah", "Bakti Sosial"],
        comment_topic="sosial",
    )


def takjil(c: Ctx) -> Draft:
    count = c.n(100, 700)
    polsek = c.use_polsek() if c.maybe(0.5) else None
    host = f"Polsek {polsek}" if polsek else c.unit.name
    spot = c.pick(
        (
            f"depan Mapolsek {polsek}" if polsek else f"depan {c.unit.mako}",
            c.pick(c.unit.roads),
            f"simpang {c.desa}",
        )
    )
    title = c.alt(
        f"{host if polsek else c.unit.short} Bagikan {count} Paket Takjil kepada Pengendara di {c.kec}",
        f"Berbagi di Bulan Ramadan, {host if polsek else c.unit.short} Bagikan Takjil Gratis di {c.kec}",
        f"Jelang Berbuka, Personel {host if polsek else c.unit.short} Bagikan Takjil di {c.desa}",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Menjelang waktu berbuka puasa, personel {host} membagikan {count} paket takjil kepada pengendara yang melintas "
        f"di {spot}, {c.tgl(c.ev)} sore."
    )
    b.add(
        f"{c.humas_chain()} mengatakan kegiatan berbagi takjil rutin digelar selama bulan suci Ramadan sebagai bentuk kepedulian kepada masyarakat."
    )
    b.add(
        f'"Semoga bisa membantu warga yang masih di perjalanan saat azan magrib berkumandang," {_said(c)}.'
    )
    b.opt(0.6, "Paket takjil berisi kurma, kue tradisional khas Banjar dan air mineral.")
    b.opt(
        0.5,
        "Petugas juga mengimbau pengendara tidak terburu-buru dan tetap mematuhi aturan lalu lintas saat mengejar waktu berbuka.",
    )
    b.opt(
        0.4,
        f"Sebelumnya, {host} juga menggelar patroli asmara subuh untuk mencegah balap liar dan perang sarung usai salat subuh.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Personel {host} membagikan takjil kepada pengendara di {spot}.",
        category="Sosial",
        tags=["Ramadan", "Bakti Sosial"],
        comment_topic="sosial",
    )


# -- disasters ------------------------------------------------------------------------


def banjir(c: Ctx) -> Draft:
    depth = c.n(30, 150)
    kk = c.n(40, 2400)
    kapolres = c.officer("kapolres")
    title = c.alt(
        f"Banjir Rendam {c.vw} {c.desa}, {c.unit.short} Evakuasi Warga Lansia",
        f"Polisi Bantu Evakuasi Warga Terdampak Banjir di {c.kec}",
        f"Banjir di {c.kec} Meluas, {c.unit.short} Dirikan Dapur Umum",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Banjir kembali merendam sejumlah desa di Kecamatan {c.kec}, {c.unit.region}, setelah hujan deras mengguyur "
        f"{c.alt('wilayah hulu', 'kawasan pegunungan Meratus', 'daerah tersebut')} dalam {c.alt('tiga hari', 'dua hari', 'beberapa hari')} terakhir. "
        f"Ketinggian air di permukiman warga mencapai {depth} sentimeter, {c.tgl(c.ev)}."
    )
    b.add(
        f"Personel {c.unit.name} bersama BPBD, TNI dan relawan mengevakuasi warga lansia, anak-anak dan ibu hamil "
        f"menggunakan perahu karet di {c.vw} {c.desa} dan {c.vw} {c.other_village()}."
    )
    b.add(
        f"{kapolres.position} {c.name(kapolres)} yang meninjau langsung lokasi banjir menyebutkan sedikitnya {num(kk)} kepala keluarga "
        f"terdampak dan {c.n(10, 260)} jiwa telah dievakuasi ke posko pengungsian."
    )
    b.add(
        f'"{c.alt("Kami dirikan dapur umum untuk menyiapkan makanan siap saji bagi warga terdampak", "Personel kami siagakan untuk menjaga rumah-rumah yang ditinggalkan", "Keselamatan warga menjadi prioritas kami")}," {_said(c)}.'
    )
    b.opt(
        0.6,
        f"BPBD mengingatkan warga di bantaran {c.unit.river} untuk tetap waspada karena curah hujan diperkirakan masih tinggi hingga akhir {c.bulan(c.pubd)}.",
    )
    b.opt(
        0.55,
        "Bantuan berupa beras, mi instan, air mineral dan selimut telah disalurkan kepada warga di posko pengungsian.",
    )
    b.opt(
        0.4,
        f"Sejumlah ruas jalan {c.alt('di kecamatan itu', 'penghubung antardesa')} tidak bisa dilalui kendaraan roda dua karena tergenang air.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Personel {c.unit.name} mengevakuasi warga menggunakan perahu di {c.vw} {c.desa}.",
        category="Peristiwa",
        tags=["Banjir", "Bencana"],
        comment_topic="bencana",
    )


def karhutla(c: Ctx) -> Draft:
    ha = c.n(1, 40)
    hour, pukul = c.jam(11, 17)
    polsek = c.use_polsek()
    host = f"Polsek {polsek}" if polsek else c.unit.name
    title = c.alt(
        f"Lahan {ha} Hektare Terbakar di {c.kec}, {host if polsek else c.unit.short} Bantu Padamkan Api",
        f"Musim Kemarau, Bhabinkamtibmas {c.unit.short} Sosialisasi Bahaya Karhutla di {c.desa}",
        f"Karhutla di {c.vw} {c.desa}, Polisi dan Manggala Agni Berjibaku Padamkan Api",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Kebakaran hutan dan lahan (karhutla) kembali terjadi di {c.vw} {c.desa}, Kecamatan {c.kec}, "
        f"{c.tgl(c.ev)} sekitar {pukul}. Api melahap lahan gambut dan semak belukar seluas kurang lebih {ha} hektare."
    )
    b.add(
        f"Personel {host} bersama {c.alt('Manggala Agni, BPBD dan Masyarakat Peduli Api (MPA)', 'TNI, BPBD dan relawan pemadam kebakaran', 'Babinsa dan warga setempat')} "
        f"berjibaku memadamkan api {c.alt('hingga sore hari', 'hingga menjelang malam', 'selama kurang lebih lima jam')}."
    )
    b.add(
        f"{c.humas_chain()} mengatakan penyebab kebakaran masih diselidiki. "
        f"{c.alt('Polisi telah memasang garis polisi di lokasi', 'Petugas telah meminta keterangan pemilik lahan', 'Sejumlah saksi sudah dimintai keterangan')}."
    )
    b.add(
        f'"Kami ingatkan kembali bahwa membuka lahan dengan cara membakar dilarang dan ada sanksi pidananya. Api di lahan gambut sangat sulit dipadamkan," {_said(c)}.'
    )
    b.opt(
        0.6,
        f"Selain pemadaman, Bhabinkamtibmas juga gencar menyosialisasikan larangan membakar lahan kepada {c.alt('kelompok tani', 'warga', 'pemilik kebun')} "
        "dan memasang spanduk imbauan di titik-titik rawan.",
    )
    b.opt(
        0.5,
        f"Berdasarkan data BPBD {c.unit.region}, sepanjang {c.bulan(c.pubd)} tercatat sedikitnya {c.n(3, 30)} kejadian kebakaran lahan di wilayah tersebut.",
    )
    b.opt(
        0.35,
        "Asap dari kebakaran sempat mengganggu jarak pandang pengendara di ruas jalan terdekat.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Petugas gabungan memadamkan kebakaran lahan di {c.vw} {c.desa}, Kecamatan {c.kec}.",
        category="Peristiwa",
        tags=["Karhutla"],
        comment_topic="bencana",
        background="karhutla",
    )


# -- community policing -------------------------------------------------------------------


def sambang_desa(c: Ctx) -> Draft:
    bhabin = c.bhabin()
    c.use_polsek()
    topic = c.pick(
        (
            (
                "Sambang Door to Door",
                "berkeliling dari rumah ke rumah",
                "mengingatkan warga menjaga keamanan lingkungan",
            ),
            (
                "Sosialisasi Bahaya Narkoba",
                "mendatangi pemuda yang sedang berkumpul",
                "mengajak pemuda menjauhi narkoba",
            ),
            (
                "Cegah Judi Online",
                "menyambangi warga di pos kamling",
                "mengingatkan bahaya judi online",
            ),
            (
                "Imbauan Kamtibmas",
                "mendatangi petani di sawah",
                "mengimbau petani mewaspadai pencurian hasil panen",
            ),
            (
                "Problem Solving",
                "memediasi perselisihan batas tanah dua warga",
                "menyelesaikan masalah secara kekeluargaan",
            ),
        )
    )
    title = c.alt(
        f"Bhabinkamtibmas {c.vw} {c.desa} Gelar {topic[0]} di Kecamatan {c.kec}",
        f"{topic[0]}, Bhabinkamtibmas {f'Polsek {c.polsek}' if c.polsek else c.unit.short} Sambangi Warga {c.desa}",
        f"Jaga Kamtibmas, Bhabinkamtibmas Sambangi {c.pick(('Petani', 'Pedagang', 'Pemuda', 'Warga', 'Pengurus Masjid', 'Pelajar', 'Ibu-Ibu PKK'))} di {c.vw} {c.desa}",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Bhabinkamtibmas {c.vw} {c.desa} {c.name(bhabin)} {topic[1]} di wilayah binaannya, "
        f"Kecamatan {c.kec}, {c.tgl(c.ev)}."
    )
    b.add(
        f"Dalam kegiatan tersebut, {c.name(bhabin)} {topic[2]} serta {c.alt('mengaktifkan kembali siskamling', 'mendengarkan keluhan warga', 'membagikan nomor telepon yang bisa dihubungi')}."
    )
    b.add(
        f'"{c.alt("Bhabinkamtibmas adalah polisi terdekat dengan warga", "Kalau ada masalah sekecil apa pun, jangan ragu menghubungi saya", "Keamanan kampung adalah tanggung jawab kita bersama")}," {_said(c)}.'
    )
    if c.polsek:
        ks = c.kapolsek()
        b.opt(
            0.7,
            f"{ks.position} {c.name(ks)} mengatakan kegiatan sambang merupakan tugas rutin Bhabinkamtibmas untuk mendeteksi "
            "potensi gangguan kamtibmas sejak dini.",
        )
    b.opt(
        0.55,
        lambda: (
            f"Warga menyambut baik kehadiran polisi di tengah mereka. {c.warga()}, salah seorang warga, berharap "
            f"{c.alt('kegiatan seperti ini rutin dilakukan', 'patroli di kampungnya ditambah', 'polisi lebih sering mampir ke desa')}."
        ),
    )
    b.opt(
        0.45,
        f"Kegiatan juga diisi dengan {c.alt('pemeriksaan kesehatan lansia bersama bidan desa', 'gotong royong membersihkan saluran air', 'pembagian masker dan vitamin')}.",
    )
    b.opt(
        0.35,
        f"{c.humas_chain()} mengapresiasi kinerja para Bhabinkamtibmas di desa binaan masing-masing.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Bhabinkamtibmas {c.vw} {c.desa} berbincang dengan warga.",
        category="Kamtibmas",
        tags=["Bhabinkamtibmas"],
        comment_topic="kamtibmas",
    )


# -- gambling and liquor -------------------------------------------------------------------


def judi(c: Ctx) -> Draft:
    kind = c.pick(JUDI_KINDS)
    count = c.n(1, 9)
    money = c.rupiah(200, 6500)
    hour, pukul = c.jam(14, 23)
    kasat = c.officer("reskrim")
    title = c.alt(
        f"Gerebek Arena {title_case(kind)} di {c.desa}, {c.unit.short} Amankan {count} Orang",
        f"Polisi Bubarkan {title_case(kind)} di {c.kec}, Uang {money.replace('Rp', 'Rp ')} Disita",
        f"{c.unit.short} Ungkap Praktik {title_case(kind)} di {c.vw} {c.desa}",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Satreskrim {c.unit.name} menggerebek praktik perjudian jenis {kind} di {c.vw} {c.desa}, "
        f"Kecamatan {c.kec}, {c.tgl(c.ev)} sekitar {pukul}."
    )
    b.add(
        f"{kasat.position} {c.name(kasat)} mengatakan petugas mengamankan {c.words(count)} orang beserta barang bukti uang tunai {money} "
        f"dan {c.alt('peralatan judi', 'dua unit telepon genggam', 'beberapa lembar kertas rekapan')}."
    )
    b.add(
        f'"{c.alt("Penggerebekan berawal dari laporan warga yang resah", "Kami menerima informasi dari masyarakat", "Lokasi ini sudah lama kami pantau")}. '
        f'Saat petugas datang, sebagian pelaku sempat melarikan diri," {_said(c)}{_when(c)}.'
    )
    b.opt(
        0.6,
        f"Para pelaku kini menjalani pemeriksaan di {c.unit.mako}. Polisi masih memburu {c.alt('bandar', 'pemilik arena', 'koordinator')} yang melarikan diri.",
    )
    b.opt(
        0.5,
        "Para pelaku dijerat Pasal 303 KUHP tentang perjudian dengan ancaman pidana penjara paling lama 10 tahun.",
    )
    b.opt(
        0.4,
        f"{c.unit.name} berkomitmen memberantas segala bentuk perjudian, termasuk judi online yang kian marak.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Barang bukti perjudian {kind} yang diamankan {c.unit.name}.",
        category="Hukum & Kriminal",
        tags=["Judi", "Operasi Pekat"],
        comment_topic="kriminal",
    )


def miras(c: Ctx) -> Draft:
    kind = c.pick(MIRAS_KINDS)
    liters = c.n(20, 600)
    polsek = c.use_polsek() if c.maybe(0.4) else None
    host = f"Polsek {polsek}" if polsek else c.unit.name
    title = c.alt(
        f"{host if polsek else c.unit.short} Sita {liters} Liter Miras di {c.kec}",
        f"Operasi Pekat, Polisi Amankan Ratusan Botol Miras dari Warung di {c.desa}",
        f"Razia Miras di {c.vw} {c.desa}, {host if polsek else c.unit.short} Sita {title_case(kind)}",
    )
    b = Body(c)
    b.add(
        f"{c.dateline[0]} {host} menggelar razia minuman keras dalam rangka Operasi Penyakit Masyarakat (Pekat) di sejumlah warung "
        f"di {c.vw} {c.desa}, Kecamatan {c.kec}, {c.tgl(c.ev)}."
    )
    b.add(
        f"Dari razia itu, petugas menyita {kind} sebanyak kurang lebih {liters} liter {c.alt('yang disimpan di dapur warung', 'dalam kemasan botol dan plastik', 'yang siap dijual')}."
    )
    b.add(
        f"{c.humas_chain()} mengatakan razia digelar untuk mencegah gangguan kamtibmas yang kerap dipicu minuman keras."
    )
    b.add(
        f'"{c.alt("Banyak kasus perkelahian dan kecelakaan berawal dari miras", "Miras oplosan juga membahayakan nyawa", "Kami tidak ingin generasi muda rusak karena miras")}. '
        f'Pemilik warung kami data dan diberi pembinaan," {_said(c)}.'
    )
    b.opt(
        0.55,
        "Seluruh barang bukti dibawa ke markas kepolisian dan akan dimusnahkan bersama barang bukti lainnya.",
    )
    b.opt(
        0.45,
        f"Razia serupa akan terus dilakukan, terutama menjelang {c.alt('hari besar keagamaan', 'akhir pekan', 'pergantian tahun')}.",
    )
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Minuman keras hasil razia {host} di Kecamatan {c.kec}.",
        category="Hukum & Kriminal",
        tags=["Miras", "Operasi Pekat"],
        comment_topic="kriminal",
    )


def penemuan_mayat(c: Ctx) -> Draft:
    hour, pukul = c.jam(5, 17)
    polsek = c.use_polsek()
    host = f"Polsek {polsek}" if polsek else c.unit.name
    place = c.alt(
        f"sungai di {c.vw} {c.desa}",
        f"kebun warga di {c.vw} {c.desa}",
        f"sebuah pondok di {c.vw} {c.desa}",
    )
    age = c.n(25, 70)
    title = c.alt(
        f"Warga {c.desa} Temukan Mayat Pria di {cap(place.split(' di ')[0])}",
        f"Geger, Mayat Tanpa Identitas Ditemukan di {c.vw} {c.desa}, {c.kec}",
        f"Penemuan Mayat di {c.vw} {c.desa}, {host if polsek else c.unit.short} Lakukan Olah TKP",
    )
    boss = c.kapolsek() if polsek else c.officer("reskrim")
    b = Body(c)
    b.add(
        f"{c.dateline[0]} Warga {c.vw} {c.desa}, Kecamatan {c.kec}, dikejutkan dengan penemuan sesosok mayat pria di {place}, "
        f"{c.tgl(c.ev)} sekitar {pukul}."
    )
    b.add(
        f"Mayat pertama kali dilihat oleh seorang warga yang hendak {c.alt('mencari ikan', 'pergi ke kebun', 'memasang jaring')}. "
        f"Ia kemudian melapor kepada aparat desa yang meneruskan informasi tersebut ke {host}."
    )
    b.add(
        f"{boss.position} {c.name(boss)} mengatakan korban diperkirakan berusia sekitar {age} tahun, "
        f"mengenakan {c.alt('kaus hitam dan celana jeans', 'kemeja kotak-kotak dan celana kain', 'kaus lengan panjang dan sarung')}."
    )
    b.add(
        f'"Jenazah sudah kami bawa ke {c.unit.hospital} untuk dilakukan visum. Sementara ini belum ditemukan tanda-tanda kekerasan," {_said(c)}.'
    )
    b.opt(
        0.55,
        f"Polisi meminta masyarakat yang merasa kehilangan anggota keluarga dengan ciri-ciri tersebut untuk segera menghubungi {host}.",
    )
    b.opt(0.4, "Penemuan mayat itu sempat menarik perhatian warga yang berdatangan ke lokasi.")
    return Draft(
        title=title,
        paragraphs=b.paragraphs(),
        caption=f"Petugas {host} melakukan olah TKP penemuan mayat di {c.vw} {c.desa}.",
        category="Peristiwa",
        tags=["Penemuan Mayat"],
        comment_topic="kriminal",
    )


_RAMADAN = (
    (date(2022, 4, 2), date(2022, 5, 1)),
    (date(2023, 3, 23), date(2023, 4, 20)),
    (date(2024, 3, 11), date(2024, 4, 9)),
)
_LILIN = tuple((date(y, 12, 20), date(y + 1, 1, 2)) for y in (2021, 2022, 2023))
_VOTE_LOGISTICS = ((date(2024, 1, 20), date(2024, 3, 10)),)
_PEMILU_DAMAI = ((date(2023, 6, 1), date(2024, 2, 10)),)


def _friday_after(since: date | None = None):
    def valid(pub: datetime) -> bool:
        wd = pub.weekday()
        ok = (wd == 4 and pub.hour >= 11) or wd == 5
        return ok and (since is None or pub.date() >= since)

    return valid


def _sunday(pub: datetime) -> bool:
    return pub.weekday() == 6 and pub.hour >= 11 or pub.weekday() == 0


def _traffic_op(pub: datetime) -> bool:
    return _op_now(pub.date()) is not None


TEMPLATES: tuple[Template, ...] = (
    Template("jumat_curhat", "Jumat Curhat", jumat_curhat, 9.0, _friday_after(date(2023, 1, 6))),
    Template("patroli_malam", "patroli malam", patroli_malam, 7.0, _always, (1, 1, 1, 2)),
    Template("sabu_simpan", "narkoba", sabu_simpan, 6.0, _always),
    Template("sabu_edar", "narkoba", sabu_edar, 5.0, _always),
    Template("curanmor", "curanmor", curanmor, 4.0, _always, (0, 1, 1, 2, 3)),
    Template("kilat_24jam", "kriminal", kilat_24jam, 4.0, _always, (0, 1)),
    Template("operasi_lalin", "operasi lalu lintas", operasi_lalin, 12.0, _traffic_op),
    Template("knalpot_brong", "lalu lintas", knalpot_brong, 2.5, _always, (1, 1, 2)),
    Template("laka_lantas", "kecelakaan", laka_lantas, 4.0, _always, (0, 0, 1)),
    Template("pengamanan_ibadah", "pengamanan ibadah", pengamanan_ibadah, 14.0, _sunday),
    Template("operasi_lilin", "Operasi Lilin", operasi_lilin, 10.0, _between(*_LILIN)),
    Template("pemilu_logistik", "pemilu", pemilu_logistik, 10.0, _between(*_VOTE_LOGISTICS)),
    Template("pemilu_damai", "pemilu", pemilu_damai, 4.0, _between(*_PEMILU_DAMAI)),
    Template("jumat_berkah", "bakti sosial", jumat_berkah, 6.0, _friday_after()),
    Template("takjil", "bakti sosial", takjil, 9.0, _between(*_RAMADAN)),
    Template("banjir", "banjir", banjir, 3.0, _months(12, 1, 2, 3)),
    Template("karhutla", "karhutla", karhutla, 4.0, _months(7, 8, 9, 10)),
    Template("sambang_desa", "Bhabinkamtibmas", sambang_desa, 5.0, _always),
    Template("judi", "perjudian", judi, 2.0, _always),
    Template("miras", "miras", miras, 2.0, _always),
    Template("penemuan_mayat", "penemuan mayat", penemuan_mayat, 1.2, _always),
)


# -- background paragraphs -------------------------------------------------------------
#
# Releases are padded with the same kind of background every Humas office keeps at
# hand: appeals, the programme a visit belongs to, what the unit did this year. The
# generator adds some (chosen by the style stream) until an article reaches the
# length its style asked for, so bodies run from about 1,200 to 3,500 characters.


def _kriminal(c: Ctx) -> tuple[str, ...]:
    year = c.pubd.year
    return (
        f"{c.unit.name} mengimbau masyarakat untuk tidak ragu melaporkan setiap tindak kejahatan yang terjadi di lingkungannya. "
        f"Laporan dapat disampaikan langsung ke Polsek terdekat, melalui layanan Call Center 110 yang bebas pulsa, "
        f"maupun lewat akun media sosial resmi {c.unit.name}.",
        f"Menurut {HUMAS}, pengungkapan kasus tersebut merupakan tindak lanjut dari perintah pimpinan untuk menindak "
        f"tegas setiap bentuk kejahatan yang meresahkan masyarakat. Sepanjang {year}, jajaran {c.unit.name} telah mengungkap "
        f"{c.n(12, 140)} kasus serupa di berbagai kecamatan.",
        f"Penyidik masih melengkapi berkas perkara untuk selanjutnya dilimpahkan ke Kejaksaan Negeri {c.unit.region_short}. "
        "Polisi juga membuka kemungkinan adanya pelaku lain seiring pengembangan kasus yang masih berjalan.",
        "Dalam proses pemeriksaan, penyidik tetap mengedepankan asas praduga tak bersalah. Hak-hak tersangka, termasuk "
        "pendampingan penasihat hukum, dipenuhi sesuai ketentuan yang berlaku.",
        f"Warga sekitar mengaku lega setelah pelaku diamankan. Selama ini, kata mereka, kejadian serupa membuat warga "
        f"{c.alt('waswas meninggalkan rumah', 'takut keluar rumah', 'resah dan saling curiga')}, terutama pada malam hari.",
        f"Polisi juga berkoordinasi dengan pemerintah desa dan tokoh masyarakat di Kecamatan {c.kec} untuk mencegah kejadian serupa "
        "terulang, antara lain dengan menghidupkan kembali siskamling dan memasang lampu penerangan di titik-titik rawan.",
        f"Kapolres menegaskan tidak ada tempat bagi pelaku kejahatan di wilayah hukum {c.unit.name}. Ia juga meminta jajarannya "
        "meningkatkan patroli di jam-jam rawan serta memperkuat deteksi dini bersama Bhabinkamtibmas di setiap desa.",
    )


def _kamtibmas(c: Ctx) -> tuple[str, ...]:
    return (
        "Kegiatan tersebut sejalan dengan program Polri Presisi (prediktif, responsibilitas, transparansi berkeadilan) yang "
        "menekankan kehadiran polisi di tengah masyarakat, sehingga setiap potensi gangguan dapat dicegah sebelum berkembang "
        "menjadi tindak pidana.",
        f"{HUMAS} menambahkan, kegiatan preemtif dan preventif akan terus ditingkatkan di seluruh wilayah hukum "
        f"{c.unit.name}, terlebih {c.alt('menjelang akhir pekan', 'pada musim liburan sekolah', 'di tengah cuaca yang tidak menentu')}.",
        "Masyarakat juga diingatkan untuk memanfaatkan layanan Call Center 110 yang dapat diakses gratis selama 24 jam apabila "
        "membutuhkan bantuan kepolisian atau mengetahui adanya gangguan kamtibmas.",
        "Selama kegiatan berlangsung, situasi terpantau aman, tertib dan kondusif. Personel kemudian kembali ke markas untuk "
        "melanjutkan tugas rutin dan bersiaga apabila sewaktu-waktu dibutuhkan masyarakat.",
        f"Berdasarkan data {c.unit.name}, angka gangguan kamtibmas di wilayah Kecamatan {c.kec} dalam sebulan terakhir "
        f"{c.alt('menurun dibandingkan bulan sebelumnya', 'relatif terkendali', 'tidak menunjukkan peningkatan berarti')}. "
        "Meski demikian, kewaspadaan tetap harus dijaga bersama.",
        f"Tokoh masyarakat setempat, {c.warga(False)}, mengapresiasi langkah kepolisian. Menurutnya, kehadiran polisi secara rutin "
        "membuat warga merasa lebih tenang menjalankan aktivitas sehari-hari.",
        "Polisi juga mengajak warga menghidupkan kembali siskamling secara bergiliran. Pos kamling yang aktif dinilai efektif "
        "mempersempit ruang gerak pelaku kejahatan, terutama pencurian pada malam hari.",
    )


def _sosial(c: Ctx) -> tuple[str, ...]:
    return (
        f"Kegiatan sosial seperti ini rutin dilaksanakan jajaran {c.unit.name} sebagai wujud program Polri Peduli, "
        "sekaligus sarana mendekatkan diri dengan masyarakat di pelosok desa.",
        f"{HUMAS} berharap kegiatan tersebut dapat mempererat hubungan antara polisi dan warga, sehingga masyarakat "
        "tidak segan menyampaikan informasi maupun keluhan kepada kepolisian.",
        "Sebelum bantuan dibagikan, data penerima dihimpun oleh Bhabinkamtibmas bersama perangkat desa agar bantuan benar-benar "
        "diterima oleh warga yang paling membutuhkan.",
        f"Kepala {c.vw} {c.desa} menyampaikan terima kasih atas kepedulian kepolisian. Ia berharap kegiatan serupa dapat "
        "kembali digelar dan menjangkau lebih banyak warga.",
        "Selain berbagi, personel juga menyampaikan pesan-pesan kamtibmas, di antaranya agar warga menjaga keamanan lingkungan, "
        "mewaspadai penipuan melalui telepon dan menjauhi narkoba.",
        "Kegiatan berlangsung hangat dan penuh kekeluargaan. Sejumlah warga tampak berbincang santai dengan personel sambil "
        "menyampaikan kondisi kampung mereka.",
    )


def _lalin(c: Ctx) -> tuple[str, ...]:
    return (
        "Satlantas juga mengingatkan pengendara untuk selalu memeriksa kelengkapan dan kondisi kendaraan sebelum bepergian, "
        "mulai dari rem, lampu, ban hingga kaca spion, demi keselamatan bersama.",
        f"Berdasarkan analisis Satlantas {c.unit.name}, sebagian besar kecelakaan di wilayah hukumnya dipicu faktor manusia, "
        "seperti kelelahan, kecepatan berlebih dan kurangnya konsentrasi saat berkendara.",
        f"Masyarakat yang membutuhkan informasi pelayanan lalu lintas, termasuk jadwal SIM keliling, dapat menghubungi Satlantas "
        f"{c.unit.name} atau mengikuti akun media sosial resminya.",
        "Penindakan pelanggaran kini mengutamakan tilang elektronik (ETLE), sedangkan tilang manual hanya diterapkan secara "
        "selektif untuk pelanggaran yang kasat mata dan membahayakan pengguna jalan lain.",
        "Satlantas juga rutin menggelar program Polisi Sahabat Anak dan sosialisasi keselamatan berlalu lintas ke sekolah-sekolah "
        "untuk menanamkan budaya tertib sejak dini.",
        f"Warga diimbau tidak menjadikan ruas {c.pick(c.unit.roads)} sebagai tempat balapan atau kumpul-kumpul pada malam hari "
        "karena membahayakan diri sendiri dan pengguna jalan lainnya.",
    )


def _pemilu(c: Ctx) -> tuple[str, ...]:
    return (
        "Seluruh kegiatan pengamanan merupakan bagian dari Operasi Mantap Brata Intan 2023-2024 yang mengawal tahapan Pemilu "
        "2024 mulai dari masa kampanye, pemungutan dan penghitungan suara hingga penetapan calon terpilih.",
        f"{c.unit.head} {c.unit.suffix} kembali mengingatkan seluruh personel untuk menjaga netralitas selama tahapan Pemilu. "
        "Anggota Polri dilarang memberikan dukungan kepada peserta pemilu mana pun, termasuk melalui media sosial.",
        f"Di {c.unit.region}, jumlah daftar pemilih tetap (DPT) Pemilu 2024 tercatat sekitar {num(c.n(60, 480) * 1000)} pemilih "
        f"yang tersebar di {num(c.n(300, 1900))} TPS.",
        "Masyarakat diimbau tidak mudah percaya pada informasi yang belum jelas kebenarannya. Dugaan pelanggaran pemilu dapat "
        "dilaporkan ke Bawaslu atau Sentra Gakkumdu setempat.",
        f"{c.unit.name} terus berkoordinasi dengan KPU dan Bawaslu {c.unit.region_short} agar setiap tahapan berjalan sesuai "
        "jadwal serta aman dari gangguan kamtibmas.",
    )


def _bencana(c: Ctx) -> tuple[str, ...]:
    return (
        f"{c.unit.name} mendirikan posko siaga bencana dan menyiagakan personel serta peralatan, termasuk perahu karet dan "
        "kendaraan taktis, yang siap digerakkan sewaktu-waktu.",
        f"Pemerintah {c.unit.region} telah menetapkan status siaga darurat bencana. Status tersebut memudahkan pengerahan "
        "bantuan dan anggaran penanganan.",
        "Warga diimbau segera menghubungi nomor darurat kepolisian atau BPBD apabila membutuhkan evakuasi maupun bantuan logistik.",
        "Bhayangkari setempat turut menyalurkan bantuan makanan dan pakaian layak pakai bagi warga terdampak di posko pengungsian.",
        "Pendataan kerugian masih dilakukan oleh pemerintah desa bersama BPBD. Sejauh ini belum ada laporan korban jiwa.",
        f"Personel Polsek jajaran di Kecamatan {c.kec} juga diperintahkan memantau kondisi warga secara berkala dan melaporkan "
        "perkembangan situasi kepada pimpinan.",
    )


HUMAS = "\x00humas\x00"  # replaced only in paragraphs used, so only named officers are labelled


def _karhutla(c: Ctx) -> tuple[str, ...]:
    return (
        f"{c.unit.name} bersama TNI dan BPBD telah membentuk satuan tugas penanganan karhutla yang melakukan patroli "
        "terpadu di titik-titik rawan, terutama di kawasan lahan gambut yang mudah terbakar saat kemarau.",
        "Berdasarkan pantauan satelit, sejumlah titik panas (hotspot) masih terdeteksi di wilayah tersebut dalam sepekan "
        "terakhir. Petugas diminta segera mengecek setiap titik panas yang muncul.",
        "Pelaku pembakaran lahan dapat dijerat Undang-Undang tentang Perlindungan dan Pengelolaan Lingkungan Hidup "
        "dengan ancaman pidana penjara dan denda miliaran rupiah.",
        f"{HUMAS} mengimbau warga segera melapor apabila melihat asap atau api di lahan kosong, agar kebakaran dapat "
        "ditangani sebelum meluas.",
        f"Warga di sekitar lokasi, {c.warga(False)}, mengatakan asap tebal sempat masuk ke permukiman. Ia berharap "
        "kebakaran tidak terulang karena mengganggu kesehatan anak-anak.",
        "Pemadaman di lahan gambut dilakukan dengan menyemprotkan air berulang kali hingga ke lapisan bawah tanah, "
        "karena api dapat menjalar di bawah permukaan meski di atasnya terlihat padam.",
    )


BACKGROUND = {
    "karhutla": _karhutla,
    "kriminal": _kriminal,
    "kamtibmas": _kamtibmas,
    "sosial": _sosial,
    "lalin": _lalin,
    "pemilu": _pemilu,
    "bencana": _bencana,
}
_TARGETS = {0.35: (1250, 400), 0.8: (1700, 550), 1.25: (2300, 600), 1.9: (2900, 550)}


def pad(c: Ctx, draft: Draft) -> None:
    """Reach the body length the style asked for, then paragraph it into 3 to 9 blocks.

    Background paragraphs are added (in an order the style stream picks) until the
    target length; then the shortest neighbouring paragraphs (never the lead) are
    joined until the style's paragraph count, as Humas writers put two or three
    sentences, or a statement and its quote, in one paragraph.
    """
    base, span = _TARGETS[c.length]
    target = base + int(c.s.random() * span)
    paras = draft.paragraphs
    pool = list(BACKGROUND[draft.background or draft.comment_topic](c))
    order = sorted(range(len(pool)), key=lambda _: c.s.random())
    closing = paras.pop() if len(paras) >= 4 and c.maybe(0.5) else None
    humas = c.officer("humas")
    for i in order:
        if sum(map(len, paras)) + len(closing or "") >= target:
            break
        text = pool[i]
        if HUMAS in text:
            chain = f"Kasi Humas {c.name(humas)}" if c.named(humas, paras) else c.humas_chain()
            text = text.replace(HUMAS, chain)
        paras.append(text)
    if closing:
        paras.append(closing)
    total = sum(map(len, paras))
    lo = max(3, -(-total // 700))
    hi = max(lo, min(9, len(paras)))
    want = lo + int(c.s.random() * (hi - lo + 1))
    while len(paras) > want:
        i = min(range(1, len(paras) - 1), key=lambda k: len(paras[k]) + len(paras[k + 1]))
        if len(paras) <= 9 and len(paras[i]) + len(paras[i + 1]) > 900:
            break
        paras[i : i + 2] = [paras[i] + " " + paras[i + 1]]

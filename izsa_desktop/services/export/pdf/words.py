"""Bilingual words of the PDF documents (TR/EN), number and date formatting per language."""

from __future__ import annotations

from datetime import date

_W: dict[str, tuple[str, str]] = {
    "title": ("Sürdürülebilir Kalkınma Amaçları\nYerel Proje Raporu", "Sustainable Development Goals\nLocal Projects Report"),
    "subtitle": ("Gönüllü Yerel İnceleme (GYİ) için proje envanteri",
                 "Project inventory for the Voluntary Local Review (VLR)"),
    "city": ("İzmir", "İzmir"),
    "country": ("Türkiye", "Türkiye"),
    "publisher": ("İzmir Büyükşehir Belediyesi · İzmir Sürdürülebilirlik Ağı (İZSA)",
                  "İzmir Metropolitan Municipality · İzmir Sustainability Network (İZSA)"),
    "report_date": ("Rapor tarihi", "Report date"),
    "data_date": ("Veri tarihi", "Data as of"),
    "scope": ("Kapsam", "Scope"),
    "all_districts": ("Tüm ilçeler", "All districts"),
    "filtered": ("Süzülmüş seçim", "Filtered selection"),
    "summary": ("Özet göstergeler", "Key figures"),
    "projects": ("Proje", "Projects"),
    "districts_reached": ("Proje olan ilçe", "Districts with projects"),
    "goals_covered": ("Kapsanan SKA", "SDGs covered"),
    "ongoing": ("Süren proje", "Ongoing projects"),
    "completed": ("Tamamlanan proje", "Completed projects"),
    "budget": ("Toplam bütçe", "Total budget"),
    "budget_currencies": ("{n} para birimi", "{n} currencies"),
    "budget_by_currency": ("Bütçe toplamları para birimine göre ayrı verilmiştir (kur çevrimi yapılmaz): {totals}.",
                           "Budget totals are given per currency (no currency is converted): {totals}."),
    "beneficiaries": ("Ulaşılan yararlanıcı", "Beneficiaries reached"),
    "open_collab": ("İş birliğine açık", "Open to collaboration"),
    "chart_goals": ("SKA'lara göre projeler", "Projects by SDG"),
    "chart_years": ("Başlangıç yılı ve duruma göre projeler", "Projects by start year and status"),
    "chart_themes": ("DSÖ Sağlıklı Şehirler temalarına göre projeler", "Projects by WHO Healthy Cities theme"),
    "unknown_year": ("bilinmiyor", "unknown"),
    "map": ("Projelerin haritası", "Map of the projects"),
    "map_note": ("Noktalar projelerin birincil SKA renginde; koordinatı olmayan {n} proje gösterilmiyor.",
                 "Dots show projects in the colour of their primary SDG; {n} projects without coordinates are not shown."),
    "matrix": ("İlçe × SKA matrisi", "District × SDG matrix"),
    "matrix_note": ("Hücreler o ilçede o amaçla ilişkili proje sayısıdır (bir proje birden çok amaçta sayılır). "
                    "Kırmızı hücreler boşlukları gösterir.",
                    "Cells count the projects of a district aligned with a goal (a project counts under each of its "
                    "goals). Red cells show gaps."),
    "total": ("Toplam", "Total"),
    "district": ("İlçe", "District"),
    "goal_sections": ("Amaçlara göre projeler", "Projects by goal"),
    "goal_band": ("SKA {n}", "SDG {n}"),
    "goal_stats": ("Bu amaçla ilişkili {all} proje; {primary} projenin birincil amacı.",
                   "{all} projects aligned with this goal; {primary} have it as their primary goal."),
    "goal_none": ("Bu amaçla ilişkili proje henüz yok: bir boşluk alanı.",
                  "No project is aligned with this goal yet: a gap."),
    "goal_listed": ("Aşağıda birincil amacı bu olan projeler listelenmiştir.",
                    "Listed below: the projects with this as their primary goal."),
    "col_title": ("Proje", "Project"),
    "col_status": ("Durum", "Status"),
    "col_start": ("Başlangıç", "Start"),
    "col_targets": ("Hedefler", "Targets"),
    "sources": ("Kaynaklar ve notlar", "Sources and notes"),
    "sources_text": (
        "Proje verileri: ilçe belediyelerinin İZSA Masaüstü ile girdiği kayıtlar (veri tarihi: {data_date}).\n"
        "SKA amaçları, hedefleri ve resmî renkleri: Birleşmiş Milletler; veri dosyaları Open SDG (MIT lisansı). "
        "Hedeflerin Türkçe metinleri resmî olmayan çeviridir.\n"
        "DSÖ Avrupa Sağlıklı Şehirler Ağı VII. Evre temaları: Dünya Sağlık Örgütü (WHO).\n"
        "İlçe sınırları: © OpenStreetMap katkıcıları, ODbL lisansı. OSM sınırları resmî HGK sınırlarından "
        "bazı ilçelerde birkaç km² farklıdır.\n"
        "Kişisel veriler (iletişim kişileri) KVKK gereği bu rapora {personal}.",
        "Project data: records entered by the district municipalities with İZSA Desktop (data as of {data_date}).\n"
        "SDG goals, targets and official colours: United Nations; data files from Open SDG (MIT licence). "
        "Turkish target texts are an unofficial translation.\n"
        "WHO European Healthy Cities Network Phase VII themes: World Health Organization (WHO).\n"
        "District boundaries: © OpenStreetMap contributors, ODbL licence. OSM boundaries differ from the "
        "official HGK lines by a few km² in some districts.\n"
        "Personal data (contact persons) {personal} this report (KVKK)."),
    "personal_out": ("dahil edilmemiştir", "is not included in"),
    "personal_in": ("dahil edilmiştir (yalnızca kurum içi kullanım)", "is included in (internal use only) —"),
    "page": ("Sayfa {n}", "Page {n}"),
    "generated": ("İZSA Masaüstü ile üretildi", "Generated with İZSA Desktop"),
    # case study
    "case_title": ("İyi uygulama örneği", "Good-practice case study"),
    "case_network": ("DSÖ Avrupa Sağlıklı Şehirler Ağı · İzmir", "WHO European Healthy Cities Network · İzmir"),
    "context": ("Amaç ve bağlam", "Purpose and context"),
    "description": ("Uygulama", "What was done"),
    "facts": ("Temel bilgiler", "Key facts"),
    "alignment": ("Uyum", "Alignment"),
    "people": ("Hedef gruplar ve yararlanıcılar", "Target groups and beneficiaries"),
    "partners": ("Ortaklar", "Partners"),
    "results": ("Sonuçlar", "Results"),
    "progress": ("Gelişmeler", "Progress"),
    "location": ("Konum", "Location"),
    "contact": ("İletişim", "Contact"),
    "collab": ("İş birliği arayışı", "Collaboration sought"),
    "period": ("Dönem", "Period"),
    "indicator": ("Gösterge", "Indicator"),
    "baseline": ("Başlangıç", "Baseline"),
    "target": ("Hedef", "Target"),
    "actual": ("Gerçekleşen", "Actual"),
    "planned": ("planlanan", "planned"),
    "reached": ("ulaşılan", "reached"),
}


def w(key: str, lang: str) -> str:
    tr, en = _W[key]
    return tr if lang == "tr" else en


def num(n: float | int, lang: str, decimals: int = 0) -> str:
    s = f"{n:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".") if lang == "tr" else s


def money(minor: int, currency: str, lang: str) -> str:
    """An amount (integer minor units) in its own currency: "1.250 TL", "1.250 EUR" / "TRY 1,250"."""
    cur = "TL" if currency == "TRY" and lang == "tr" else currency
    return f"{num(minor / 100, lang)} {cur}" if lang == "tr" else f"{cur} {num(minor / 100, lang)}"


def tl(kurus: int, lang: str) -> str:
    return money(kurus, "TRY", lang)


def day(d: date | str | None, lang: str) -> str:
    if not d:
        return ""
    if isinstance(d, str):
        try:
            d = date.fromisoformat(d[:10])
        except ValueError:  # free text from an older record or another app (e.g. "2024"): shown as it is
            return d.strip()[:40]
    return d.strftime("%d.%m.%Y") if lang == "tr" else d.isoformat()

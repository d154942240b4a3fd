"""Bilingual words of the exported documents (column headings, section titles, controlled-list names).

Reports are bilingual documents chosen by ``lang`` (not the UI language), so their words live here as a
small TR/EN table instead of going through Qt translation (services import no Qt).
"""

from __future__ import annotations

from ...core import taxonomy as tx

LANGS = ("tr", "en")

_W: dict[str, tuple[str, str]] = {  # key -> (tr, en)
    # columns
    "id": ("Kimlik", "ID"),
    "district": ("İlçe", "District"),
    "title_tr": ("Proje adı (Türkçe)", "Title (Turkish)"),
    "title_en": ("Proje adı (İngilizce)", "Title (English)"),
    "purpose": ("Amaç", "Purpose"),
    "summary": ("Özet", "Summary"),
    "status": ("Durum", "Status"),
    "start_date": ("Başlangıç tarihi", "Start date"),
    "end_date": ("Bitiş tarihi", "End date"),
    "end_kind": ("Bitiş türü", "End date kind"),
    "responsible_unit": ("Sorumlu birim", "Responsible unit"),
    "contact_name": ("İletişim kişisi", "Contact person"),
    "contact_role": ("İletişim görevi", "Contact role"),
    "contact_phone": ("İletişim telefonu", "Contact phone"),
    "contact_email": ("İletişim e-postası", "Contact e-mail"),
    "sdg_primary": ("Birincil SKA", "Primary SDG"),
    "sdg_goals": ("SKA amaçları", "SDG goals"),
    "sdg_targets": ("SKA hedefleri", "SDG targets"),
    "who_themes": ("DSÖ Sağlıklı Şehirler temaları", "WHO Healthy Cities themes"),
    "strategic_plan_goal": ("Stratejik plan hedefi", "Strategic plan goal"),
    "target_groups": ("Hedef gruplar", "Target groups"),
    "target_groups_other": ("Diğer hedef gruplar", "Other target groups"),
    "beneficiaries_planned": ("Planlanan yararlanıcı", "Beneficiaries planned"),
    "beneficiaries_reached": ("Ulaşılan yararlanıcı", "Beneficiaries reached"),
    "lat": ("Enlem", "Latitude"),
    "lon": ("Boylam", "Longitude"),
    "precision": ("Konum hassasiyeti", "Location precision"),
    "neighbourhood": ("Mahalle", "Neighbourhood"),
    "address": ("Adres", "Address"),
    "budget": ("Bütçe", "Budget"),
    "budget_in": ("Bütçe ({currency})", "Budget ({currency})"),  # one column per currency
    "currency": ("Para birimi", "Currency"),
    "funding_source": ("Finansman kaynağı", "Funding source"),
    "partners": ("Ortaklar", "Partners"),
    "open_to_collab": ("İş birliğine açık", "Open to collaboration"),
    "collab_sought": ("Aranan iş birliği", "Collaboration sought"),
    "results": ("Sonuçlar", "Results"),
    "links": ("Bağlantılar", "Links"),
    "keywords": ("Anahtar kelimeler", "Keywords"),
    "visibility": ("Görünürlük", "Visibility"),
    "review_state": ("İnceleme durumu", "Review state"),
    "yes": ("Evet", "Yes"),
    "no": ("Hayır", "No"),
    # taxonomy sheets
    "sheet_projects": ("Projeler", "Projects"),
    "sheet_goals": ("SKA amaçları", "SDG goals"),
    "sheet_targets": ("SKA hedefleri", "SDG targets"),
    "sheet_themes": ("DSÖ temaları", "WHO themes"),
    "sheet_districts": ("İlçeler", "Districts"),
    "sheet_groups": ("Hedef gruplar", "Target groups"),
    "number": ("No", "Number"),
    "name": ("Ad", "Name"),
    "name_tr": ("Türkçe ad", "Turkish name"),
    "name_en": ("İngilizce ad", "English name"),
    "full_name": ("Tam ad", "Full name"),
    "colour": ("Resmî renk", "Official colour"),
    "goal": ("Amaç", "Goal"),
    "text_en": ("Metin (İngilizce, resmî)", "Text (English, official)"),
    "text_tr": ("Metin (Türkçe, resmî olmayan çeviri)", "Text (Turkish, unofficial translation)"),
    "code": ("Kod", "Code"),
    "area_km2": ("Alan (km²)", "Area (km²)"),
    "projects": ("Proje sayısı", "Projects"),
}

STATUS = {
    "planned": ("Planlandı", "Planned"), "ongoing": ("Sürüyor", "Ongoing"),
    "completed": ("Tamamlandı", "Completed"), "suspended": ("Askıya alındı", "Suspended"),
    "cancelled": ("İptal edildi", "Cancelled"),
}
TARGET_GROUP = {
    "children": ("Çocuklar", "Children"), "youth": ("Gençler", "Youth"), "women": ("Kadınlar", "Women"),
    "elderly": ("Yaşlılar", "Elderly"), "disabled": ("Engelliler", "People with disabilities"),
    "migrants": ("Göçmenler ve mülteciler", "Migrants and refugees"),
    "low_income": ("Dar gelirli haneler", "Low-income households"),
    "farmers": ("Çiftçiler ve üreticiler", "Farmers and producers"), "students": ("Öğrenciler", "Students"),
    "businesses": ("İşletmeler ve KOBİ'ler", "Businesses and SMEs"), "ngos": ("STK'lar", "NGOs"),
    "general_public": ("Genel kamuoyu", "General public"),
}
PRECISION = {
    "exact": ("Tam yer", "Exact site"), "neighbourhood": ("Mahalle", "Neighbourhood"),
    "district": ("Tüm ilçe", "Whole district"), "city": ("Kent geneli", "City-wide"),
    "multi_district": ("Birden çok ilçe", "Several districts"),
}
FUNDING = {
    "": ("", ""), "own_budget": ("Öz bütçe", "Own budget"), "eu": ("Avrupa Birliği", "European Union"),
    "development_agency": ("Kalkınma ajansı", "Development agency"), "ministry": ("Bakanlık", "Ministry"),
    "private": ("Özel sektör", "Private sector"), "other": ("Diğer", "Other"),
}
END_KIND = {"planned": ("Planlanan", "Planned"), "actual": ("Gerçekleşen", "Actual"),
            "ongoing": ("Süresiz", "Open-ended")}
REVIEW = {"draft": ("Taslak", "Draft"), "submitted": ("Gönderildi", "Submitted"),
          "approved": ("Onaylandı", "Approved"), "needs_changes": ("Düzeltme gerekli", "Needs changes")}
VISIBILITY = {"public": ("Herkese açık", "Public"), "internal": ("Kurum içi", "Internal")}
PARTNER_ROLE = {"funding": ("Finansman", "Funding"), "implementing": ("Uygulayıcı", "Implementing"),
                "accountable": ("Sorumlu", "Accountable")}


def w(key: str, lang: str) -> str:
    tr, en = _W[key]
    return tr if lang == "tr" else en


def pick(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    pair = table.get(code)
    if pair is None:
        return code
    return pair[0] if lang == "tr" else pair[1]


def goal_label(n: int | None, lang: str) -> str:
    """"11 Sürdürülebilir Şehirler ve Topluluklar" / "11 Sustainable Cities and Communities"."""
    if n is None:
        return ""
    g = tx.goals().get(int(n))
    return f"{n} {g.name(lang)}" if g else str(n)


def theme_label(key: str, lang: str) -> str:
    t = tx.themes().get(key)
    return t.name(lang) if t else key


def join(items) -> str:  # type: ignore[no-untyped-def]
    return "; ".join(str(x) for x in items if x not in (None, ""))

"""A hand-made set of known pairs for similarity and joint-project tests (also tested on its own)."""

from __future__ import annotations

from izsa_desktop.core.model import Project, RecordMeta
from izsa_desktop.store.projects import ProjectRepo

# key: (district, title, purpose, goals, targets, groups, (lat, lon), open_to_collab)
CASES = {
    "kiyi_a": ("karsiyaka", "Kıyı temizliği gönüllüleri", "Sahil ve kıyı şeridinde plastik atıkların toplanması",
               [14, 12], ["14.1", "12.5"], ["youth"], (38.46, 27.11), True),
    "kiyi_b": ("urla", "KIYI TEMİZLİK GÖNÜLLÜSÜ", "Plastik atık toplama etkinlikleri, sahil temizliği",
               [14], ["14.1"], ["youth", "general_public"], (38.32, 26.76), False),
    "kiyi_c": ("karsiyaka", "Mavişehir sahil temizlik günü", "Gönüllülerle kıyıda atık toplanması",
               [14], ["14.1"], ["general_public"], (38.47, 27.09), False),
    "kadin_a": ("bornova", "Kadın kooperatiflerine destek", "Kadın üreticilerin kooperatif kurması ve pazara erişimi",
                [5, 8], ["5.5", "8.3"], ["women"], (38.46, 27.22), True),
    "kadin_b": ("tire", "Kadın kooperatifi kuruluş desteği", "Kırsalda kadın kooperatifleri ile üretim ve satış",
                [5, 8], ["5.5", "8.3"], ["women", "farmers"], (38.09, 27.73), True),
    "bisiklet": ("konak", "Bisiklet yolu ağı", "Şehir içi ulaşımda bisiklet yollarının genişletilmesi",
                 [11], ["11.2"], ["general_public"], (38.42, 27.13), False),
    "kutuphane": ("buca", "Mahalle kütüphanesi açılışı", "Çocuklar için okuma salonu ve kitap bağışı",
                  [4], ["4.6"], ["children"], (38.38, 27.17), False),
}


def add_cases(ws) -> dict[str, str]:
    """Store CASES in ``ws``; returns key -> project uuid."""
    ids = {}
    with ws.session() as s, s.begin():
        repo = ProjectRepo(s)
        for key, (d, title, purpose, goals, targets, groups, (lat, lon), collab) in CASES.items():
            p = Project(district=d, title_tr=title, purpose=purpose, sdg_goals=goals, sdg_primary=goals[0],
                        sdg_targets=targets, target_groups=groups, lat=lat, lon=lon, open_to_collab=collab)
            repo.add(p, RecordMeta(), "test", "test")
            ids[key] = p.id
    return ids


def test_cases_are_stored(central_ws):
    ids = add_cases(central_ws)
    with central_ws.session() as s:
        assert len(ProjectRepo(s).summaries()) == len(ids) == len(CASES)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
  <context>
    <name>AlignmentSection</name>
    <message>
      <source>Sustainable Development Goals</source>
      <translation>Sürdürülebilir Kalkınma Amaçları</translation>
    </message>
    <message>
      <source>e.g. Strategic plan 2025–2029, goal 3.2 (optional)</source>
      <translation>ör. Stratejik plan 2025–2029, hedef 3.2 (isteğe bağlı)</translation>
    </message>
    <message>
      <source>&amp;SDG goals:</source>
      <translation>&amp;SKA amaçları:</translation>
    </message>
    <message>
      <source>&amp;WHO Healthy Cities themes:</source>
      <translation>&amp;DSÖ Sağlıklı Şehirler temaları:</translation>
    </message>
    <message>
      <source>Local strategic &amp;plan goal:</source>
      <translation>Yerel stratejik &amp;plan hedefi:</translation>
    </message>
  </context>
  <context>
    <name>ContactSection</name>
    <message>
      <source>Personal data (KVKK): the contact person's details are used only to reach the project team. They are left out of public exports and can be left out of exchange files.</source>
      <translation>Kişisel veri (KVKK): iletişim kişisinin bilgileri yalnızca proje ekibine ulaşmak için kullanılır. Herkese açık dışa aktarımlara konmaz, paylaşım dosyalarının dışında bırakılabilir.</translation>
    </message>
    <message>
      <source>name@municipality.bel.tr</source>
      <translation>ad@belediye.bel.tr</translation>
    </message>
    <message>
      <source>Contact &amp;name:</source>
      <translation>İletişim kişisi &amp;adı:</translation>
    </message>
    <message>
      <source>Contact r&amp;ole:</source>
      <translation>İletişim kişisinin &amp;görevi:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <source>E-&amp;mail:</source>
      <translation>&amp;E-posta:</translation>
    </message>
  </context>
  <context>
    <name>DescriptionSection</name>
    <message>
      <source>For international reporting (optional)</source>
      <translation>Uluslararası raporlama için (isteğe bağlı)</translation>
    </message>
    <message>
      <source>What is the project for?</source>
      <translation>Proje ne amaçla yapılıyor?</translation>
    </message>
    <message>
      <source>— choose a district —</source>
      <translation>— ilçe seçin —</translation>
    </message>
    <message>
      <source>A district office records the projects of its own district.</source>
      <translation>İlçe ofisi kendi ilçesinin projelerini kaydeder.</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>girilmedi</translation>
    </message>
    <message>
      <source>Clear the start date</source>
      <translation>Başlangıç tarihini temizle</translation>
    </message>
    <message>
      <source>Kind of end date</source>
      <translation>Bitiş tarihi türü</translation>
    </message>
    <message>
      <source>no end date</source>
      <translation>bitiş tarihi yok</translation>
    </message>
    <message>
      <source>Clear the end date</source>
      <translation>Bitiş tarihini temizle</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Bitiş tarihi</translation>
    </message>
    <message>
      <source>e.g. Climate Change and Zero Waste Directorate</source>
      <translation>ör. İklim Değişikliği ve Sıfır Atık Müdürlüğü</translation>
    </message>
    <message>
      <source>&amp;Title (Turkish):</source>
      <translation>&amp;Başlık (Türkçe):</translation>
    </message>
    <message>
      <source>Title (&amp;English):</source>
      <translation>Başlık (İn&amp;gilizce):</translation>
    </message>
    <message>
      <source>&amp;Purpose:</source>
      <translation>&amp;Amaç:</translation>
    </message>
    <message>
      <source>S&amp;ummary:</source>
      <translation>Ö&amp;zet:</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>D&amp;urum:</translation>
    </message>
    <message>
      <source>&amp;District:</source>
      <translation>İ&amp;lçe:</translation>
    </message>
    <message>
      <source>Start &amp;date:</source>
      <translation>Başlangıç &amp;tarihi:</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Başlangıç tarihi</translation>
    </message>
    <message>
      <source>&amp;End:</source>
      <translation>Bi&amp;tiş:</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Bitiş</translation>
    </message>
    <message>
      <source>&amp;Responsible unit:</source>
      <translation>&amp;Sorumlu birim:</translation>
    </message>
  </context>
  <context>
    <name>GoalTile</name>
    <message>
      <source>selected</source>
      <translation>seçili</translation>
    </message>
    <message>
      <source>primary goal</source>
      <translation>ana amaç</translation>
    </message>
    <message>
      <source>SDG {number}: {name}</source>
      <translation>SKA {number}: {name}</translation>
    </message>
    <message>
      <source>Make this the primary goal</source>
      <translation>Bunu ana amaç yap</translation>
    </message>
  </context>
  <context>
    <name>GuiApp</name>
    <message>
      <source>Damaged workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore the latest backup ({name})? The damaged file is kept beside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>İZSA Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workspace updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The workspace was upgraded to the new format. A backup of the old file was kept: {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Planned</source>
      <translation>Planlandı</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>Sürüyor</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Tamamlandı</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Askıya alındı</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>İptal edildi</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Çocuklar</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Gençler</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Kadınlar</translation>
    </message>
    <message>
      <source>Elderly</source>
      <translation>Yaşlılar</translation>
    </message>
    <message>
      <source>People with disabilities</source>
      <translation>Engelli bireyler</translation>
    </message>
    <message>
      <source>Migrants and refugees</source>
      <translation>Göçmenler ve mülteciler</translation>
    </message>
    <message>
      <source>Low-income households</source>
      <translation>Düşük gelirli haneler</translation>
    </message>
    <message>
      <source>Farmers and producers</source>
      <translation>Çiftçiler ve üreticiler</translation>
    </message>
    <message>
      <source>Students</source>
      <translation>Öğrenciler</translation>
    </message>
    <message>
      <source>Businesses and SMEs</source>
      <translation>İşletmeler ve KOBİ'ler</translation>
    </message>
    <message>
      <source>NGOs</source>
      <translation>Sivil toplum kuruluşları</translation>
    </message>
    <message>
      <source>General public</source>
      <translation>Genel halk</translation>
    </message>
    <message>
      <source>Exact site</source>
      <translation>Tam yer</translation>
    </message>
    <message>
      <source>Neighbourhood</source>
      <translation>Mahalle</translation>
    </message>
    <message>
      <source>Whole district</source>
      <translation>İlçenin tamamı</translation>
    </message>
    <message>
      <source>City-wide</source>
      <translation>Kent geneli</translation>
    </message>
    <message>
      <source>Several districts</source>
      <translation>Birden çok ilçe</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Taslak</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Gönderildi</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Onaylandı</translation>
    </message>
    <message>
      <source>Needs changes</source>
      <translation>Düzeltme gerekiyor</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>Herkese açık</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>Kurum içi</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(belirtilmedi)</translation>
    </message>
    <message>
      <source>Own budget</source>
      <translation>Öz bütçe</translation>
    </message>
    <message>
      <source>European Union</source>
      <translation>Avrupa Birliği</translation>
    </message>
    <message>
      <source>Development agency</source>
      <translation>Kalkınma ajansı</translation>
    </message>
    <message>
      <source>Ministry</source>
      <translation>Bakanlık</translation>
    </message>
    <message>
      <source>Private sector</source>
      <translation>Özel sektör</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Diğer</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Finansman</translation>
    </message>
    <message>
      <source>Implementing</source>
      <translation>Uygulayıcı</translation>
    </message>
    <message>
      <source>Accountable</source>
      <translation>Sorumlu</translation>
    </message>
    <message>
      <source>Public institution</source>
      <translation>Kamu kurumu</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>Sivil toplum kuruluşu</translation>
    </message>
    <message>
      <source>University / research</source>
      <translation>Üniversite / araştırma</translation>
    </message>
    <message>
      <source>International organisation</source>
      <translation>Uluslararası kuruluş</translation>
    </message>
    <message>
      <source>Planned end</source>
      <translation>Planlanan bitiş</translation>
    </message>
    <message>
      <source>Actual end</source>
      <translation>Gerçekleşen bitiş</translation>
    </message>
    <message>
      <source>Open-ended</source>
      <translation>Süresiz</translation>
    </message>
    <message>
      <source>District office</source>
      <translation>İlçe belediyesi</translation>
    </message>
    <message>
      <source>Metropolitan central office</source>
      <translation>Büyükşehir merkez ofisi</translation>
    </message>
    <message>
      <source>İzmir Metropolitan Municipality</source>
      <translation>İzmir Büyükşehir Belediyesi</translation>
    </message>
  </context>
  <context>
    <name>LocationPickerWidget</name>
    <message>
      <source>Search a district or neighbourhood</source>
      <translation>İlçe veya mahalle ara</translation>
    </message>
    <message>
      <source>Latitude, e.g. 38,4237</source>
      <translation>Enlem, ör. 38,4237</translation>
    </message>
    <message>
      <source>Longitude, e.g. 27,1428</source>
      <translation>Boylam, ör. 27,1428</translation>
    </message>
    <message>
      <source>Swap</source>
      <translation>Değiştir</translation>
    </message>
    <message>
      <source>Swap latitude and longitude</source>
      <translation>Enlem ile boylamın yerini değiştir</translation>
    </message>
    <message>
      <source>Lat</source>
      <translation>Enlem</translation>
    </message>
    <message>
      <source>Lon</source>
      <translation>Boylam</translation>
    </message>
    <message>
      <source>İzmir (offline vector map)</source>
      <translation>İzmir (çevrimdışı vektör harita)</translation>
    </message>
    <message>
      <source>District boundaries</source>
      <translation>İlçe sınırları</translation>
    </message>
    <message>
      <source>Add another site</source>
      <translation>Başka bir yer ekle</translation>
    </message>
    <message>
      <source>Draw the project area</source>
      <translation>Proje alanını çiz</translation>
    </message>
    <message>
      <source>Edit sites and area</source>
      <translation>Yerleri ve alanı düzenle</translation>
    </message>
    <message>
      <source>Delete sites and area</source>
      <translation>Yerleri ve alanı sil</translation>
    </message>
    <message>
      <source>Exact point</source>
      <translation>Tam nokta</translation>
    </message>
    <message>
      <source>Neighbourhood</source>
      <translation>Mahalle</translation>
    </message>
    <message>
      <source>District (centre point)</source>
      <translation>İlçe (merkez noktası)</translation>
    </message>
    <message>
      <source>City-wide</source>
      <translation>Kent geneli</translation>
    </message>
    <message>
      <source>Several districts</source>
      <translation>Birden çok ilçe</translation>
    </message>
    <message>
      <source>Type decimal degrees, for example 38,4237 and 27,1428.</source>
      <translation>Ondalık derece yazın, örneğin 38,4237 ve 27,1428.</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90, longitude between -180 and 180.</source>
      <translation>Enlem -90 ile 90, boylam -180 ile 180 arasında olmalıdır.</translation>
    </message>
    <message>
      <source>Latitude and longitude look swapped: {lat}, {lon} would lie in İzmir.</source>
      <translation>Enlem ile boylamın yeri karışmış görünüyor: {lat}, {lon} İzmir'in içinde kalırdı.</translation>
    </message>
    <message>
      <source>This point lies outside İzmir.</source>
      <translation>Bu nokta İzmir'in dışında.</translation>
    </message>
    <message>
      <source>This point lies in {found}, not in the recorded district {recorded}.</source>
      <translation>Bu nokta kayıtlı ilçe olan {recorded} içinde değil, {found} içinde.</translation>
    </message>
  </context>
  <context>
    <name>LocationSection</name>
    <message>
      <source>e.g. {example}</source>
      <translation>ör. {example}</translation>
    </message>
    <message>
      <source>L&amp;ongitude:</source>
      <translation>&amp;Boylam:</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>Boylam</translation>
    </message>
    <message>
      <source>L&amp;atitude:</source>
      <translation>&amp;Enlem:</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>Enlem</translation>
    </message>
    <message>
      <source>P&amp;recision:</source>
      <translation>&amp;Konum hassasiyeti:</translation>
    </message>
    <message>
      <source>&amp;Neighbourhood:</source>
      <translation>&amp;Mahalle:</translation>
    </message>
    <message>
      <source>A&amp;ddress:</source>
      <translation>A&amp;dres:</translation>
    </message>
    <message>
      <source>Type decimal degrees (a comma or a point both work), or pick the point on the map below.</source>
      <translation>Ondalık derece yazın (virgül de nokta da olur) ya da noktayı aşağıdaki haritadan seçin.</translation>
    </message>
    <message>
      <source>Type decimal degrees; a comma or a point both work.</source>
      <translation>Ondalık derece yazın; virgül de nokta da olur.</translation>
    </message>
    <message>
      <source>Click the map, drag the marker or search a place; the coordinates above follow. Typed coordinates move the marker.</source>
      <translation>Haritaya tıklayın, işaretçiyi sürükleyin ya da yer arayın; yukarıdaki koordinatlar güncellenir. Yazılan koordinatlar işaretçiyi taşır.</translation>
    </message>
    <message>
      <source>{count} more site(s)</source>
      <translation>{count} ek nokta</translation>
    </message>
    <message>
      <source>a project area</source>
      <translation>bir proje alanı</translation>
    </message>
    <message>
      <source>Also on the map: {parts}</source>
      <translation>Haritada ayrıca: {parts}</translation>
    </message>
    <message>
      <source>Not a number: type decimal degrees, e.g. {example}.</source>
      <translation>Sayı değil: ondalık derece yazın, ör. {example}.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>EĞİTİM / TRAINING</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Restore deleted project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset &amp;training data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Larger text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Smaller text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Normal text size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About İZSA Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>İZSA Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading projects…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{title} (copy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A copy was saved: edit it as needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete “{title}”?

It is kept as deleted and can be restored (Edit → Undo, or Project → Restore).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Project restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset training data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard every change made in this training workspace and restore the sample data?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About İZSA Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>İZSA Desktop: the sustainability project inventory of İzmir's district municipalities.

Map data © OpenStreetMap contributors (ODbL). Neighbourhood points: Who's On First, GeoNames (CC BY 4.0). SDG texts: Open SDG (MIT).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unexpected error</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>The project title is required.</source>
      <translation>Proje adı zorunludur.</translation>
    </message>
    <message>
      <source>The title is too long (at most {max} characters).</source>
      <translation>Proje adı çok uzun (en çok {max} karakter).</translation>
    </message>
    <message>
      <source>Unknown district: {value}.</source>
      <translation>Bilinmeyen ilçe: {value}.</translation>
    </message>
    <message>
      <source>Unknown status: {value}.</source>
      <translation>Bilinmeyen durum: {value}.</translation>
    </message>
    <message>
      <source>Unknown value: {value}.</source>
      <translation>Bilinmeyen değer: {value}.</translation>
    </message>
    <message>
      <source>The start date is required.</source>
      <translation>Başlangıç tarihi zorunludur.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>Bitiş tarihi başlangıç tarihinden önce.</translation>
    </message>
    <message>
      <source>Enter both latitude and longitude, or neither.</source>
      <translation>Enlem ve boylamın ikisini birden girin ya da hiçbirini girmeyin.</translation>
    </message>
    <message>
      <source>The coordinates are not valid numbers.</source>
      <translation>Koordinatlar geçerli sayılar değil.</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90.</source>
      <translation>Enlem -90 ile 90 arasında olmalıdır.</translation>
    </message>
    <message>
      <source>Longitude must be between -180 and 180.</source>
      <translation>Boylam -180 ile 180 arasında olmalıdır.</translation>
    </message>
    <message>
      <source>Unknown location precision: {value}.</source>
      <translation>Bilinmeyen konum hassasiyeti: {value}.</translation>
    </message>
    <message>
      <source>Unknown SDG goal: {value}.</source>
      <translation>Bilinmeyen SKA amacı: {value}.</translation>
    </message>
    <message>
      <source>An SDG goal is selected twice.</source>
      <translation>Bir SKA amacı iki kez seçilmiş.</translation>
    </message>
    <message>
      <source>The primary SDG goal must be one of the selected goals.</source>
      <translation>Birincil SKA amacı seçili amaçlardan biri olmalıdır.</translation>
    </message>
    <message>
      <source>Choose which selected SDG goal is the primary one.</source>
      <translation>Seçili SKA amaçlarından hangisinin birincil olduğunu seçin.</translation>
    </message>
    <message>
      <source>Unknown SDG target: {value}.</source>
      <translation>Bilinmeyen SKA hedefi: {value}.</translation>
    </message>
    <message>
      <source>SDG target {value} belongs to a goal that is not selected.</source>
      <translation>{value} numaralı SKA hedefi seçilmemiş bir amaca ait.</translation>
    </message>
    <message>
      <source>Unknown WHO Healthy Cities theme: {value}.</source>
      <translation>Bilinmeyen DSÖ Sağlıklı Şehirler teması: {value}.</translation>
    </message>
    <message>
      <source>Unknown target group: {value}.</source>
      <translation>Bilinmeyen hedef grup: {value}.</translation>
    </message>
    <message>
      <source>Numbers cannot be negative.</source>
      <translation>Sayılar negatif olamaz.</translation>
    </message>
    <message>
      <source>The e-mail address does not look valid.</source>
      <translation>E-posta adresi geçerli görünmüyor.</translation>
    </message>
    <message>
      <source>Every partner needs a name.</source>
      <translation>Her paydaşın bir adı olmalıdır.</translation>
    </message>
    <message>
      <source>No location yet: the project will not appear on the map.</source>
      <translation>Henüz konum yok: proje haritada görünmeyecek.</translation>
    </message>
    <message>
      <source>The point lies outside İzmir.</source>
      <translation>Nokta İzmir'in dışında.</translation>
    </message>
    <message>
      <source>The point lies in {found}, not in the recorded district.</source>
      <translation>Nokta kayıtlı ilçede değil, {found} ilçesinde.</translation>
    </message>
    <message>
      <source>No SDG goal selected yet.</source>
      <translation>Henüz SKA amacı seçilmedi.</translation>
    </message>
    <message>
      <source>No SDG target selected: targets make international reporting possible.</source>
      <translation>SKA hedefi seçilmedi: uluslararası raporlama için hedefler gereklidir.</translation>
    </message>
    <message>
      <source>A project with a near-identical title already exists in this district: “{title}”.</source>
      <translation>Bu ilçede neredeyse aynı adlı bir proje zaten var: “{title}”.</translation>
    </message>
    <message>
      <source>This does not look like a web address: {value}</source>
      <translation>Bu bir web adresine benzemiyor: {value}</translation>
    </message>
    <message>
      <source>The project could not be saved: {count} problem(s) need fixing.</source>
      <translation>Proje kaydedilemedi: {count} sorunun düzeltilmesi gerekiyor.</translation>
    </message>
    <message>
      <source>The workspace file does not exist: {path}</source>
      <translation>Çalışma alanı dosyası yok: {path}</translation>
    </message>
    <message>
      <source>The workspace file is damaged or is not an İZSA workspace: {path}</source>
      <translation>Çalışma alanı dosyası bozuk ya da bir İZSA çalışma alanı değil: {path}</translation>
    </message>
    <message>
      <source>This workspace was written by a newer version of İZSA Desktop (schema {found}). Please update the application.</source>
      <translation>Bu çalışma alanı İZSA Masaüstü'nün daha yeni bir sürümüyle yazılmış (şema {found}). Lütfen uygulamayı güncelleyin.</translation>
    </message>
    <message>
      <source>This database is not an İZSA workspace.</source>
      <translation>Bu veritabanı bir İZSA çalışma alanı değil.</translation>
    </message>
    <message>
      <source>The workspace folder cannot be written: {path}</source>
      <translation>Çalışma alanı klasörüne yazılamıyor: {path}</translation>
    </message>
    <message>
      <source>The workspace could not be opened: {detail}</source>
      <translation>Çalışma alanı açılamadı: {detail}</translation>
    </message>
    <message>
      <source>This workspace is already set up as: {role}.</source>
      <translation>Bu çalışma alanı zaten şu rolle kurulmuş: {role}.</translation>
    </message>
    <message>
      <source>This workspace has not been set up yet (run init first).</source>
      <translation>Bu çalışma alanı henüz kurulmamış (önce init komutunu çalıştırın).</translation>
    </message>
    <message>
      <source>Unknown role: {value}. Use district or central.</source>
      <translation>Bilinmeyen rol: {value}. district ya da central kullanın.</translation>
    </message>
    <message>
      <source>A project with this identifier already exists.</source>
      <translation>Bu kimlikle bir proje zaten var.</translation>
    </message>
    <message>
      <source>The project was not found: {id}</source>
      <translation>Proje bulunamadı: {id}</translation>
    </message>
    <message>
      <source>“{title}” belongs to another district and is read-only here.</source>
      <translation>“{title}” başka bir ilçeye ait ve burada salt okunur.</translation>
    </message>
    <message>
      <source>The count cannot be negative.</source>
      <translation>Sayı negatif olamaz.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was changed; free some space and try again.</source>
      <translation>Disk dolu. Hiçbir şey değişmedi; yer açıp yeniden deneyin.</translation>
    </message>
    <message>
      <source>Error: {code}</source>
      <translation>Hata: {code}</translation>
    </message>
  </context>
  <context>
    <name>OverviewMapWidget</name>
    <message>
      <source>Projects per district</source>
      <translation>İlçe başına proje sayısı</translation>
    </message>
    <message>
      <source>All SDGs</source>
      <translation>Tüm SKA'lar</translation>
    </message>
    <message>
      <source>Save map image…</source>
      <translation>Harita görüntüsünü kaydet…</translation>
    </message>
    <message>
      <source>İzmir (offline vector map)</source>
      <translation>İzmir (çevrimdışı vektör harita)</translation>
    </message>
    <message>
      <source>District boundaries</source>
      <translation>İlçe sınırları</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>Primary SDG</source>
      <translation>Birincil SKA</translation>
    </message>
    <message>
      <source>Projects per district, SDG {goal}</source>
      <translation>İlçe başına proje sayısı, SKA {goal}</translation>
    </message>
    <message>
      <source>No SDG</source>
      <translation>SKA yok</translation>
    </message>
    <message>
      <source>Save map image</source>
      <translation>Harita görüntüsünü kaydet</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG görüntüleri (*.png)</translation>
    </message>
  </context>
  <context>
    <name>PeopleSection</name>
    <message>
      <source>Other groups, e.g. fishers, seasonal workers</source>
      <translation>Diğer gruplar, ör. balıkçılar, mevsimlik işçiler</translation>
    </message>
    <message>
      <source>number of people, e.g. {example}</source>
      <translation>kişi sayısı, ör. {example}</translation>
    </message>
    <message>
      <source>&amp;Target groups:</source>
      <translation>&amp;Hedef gruplar:</translation>
    </message>
    <message>
      <source>&amp;Other target groups:</source>
      <translation>&amp;Diğer hedef gruplar:</translation>
    </message>
    <message>
      <source>Beneficiaries &amp;planned:</source>
      <translation>&amp;Planlanan yararlanıcı:</translation>
    </message>
    <message>
      <source>Beneficiaries &amp;reached:</source>
      <translation>&amp;Ulaşılan yararlanıcı:</translation>
    </message>
    <message>
      <source>Type a whole number of people, e.g. {example}.</source>
      <translation>Kişi sayısını tam sayı olarak yazın, ör. {example}.</translation>
    </message>
  </context>
  <context>
    <name>ProjectForm</name>
    <message>
      <source>Description</source>
      <translation>Tanım</translation>
    </message>
    <message>
      <source>Alignment (SDG / WHO)</source>
      <translation>Uyum (SKA / DSÖ)</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Hedef kitle</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Konum</translation>
    </message>
    <message>
      <source>Resources &amp;&amp; partners</source>
      <translation>Kaynaklar &amp;&amp; ortaklar</translation>
    </message>
    <message>
      <source>Results &amp;&amp; evidence</source>
      <translation>Sonuçlar &amp;&amp; kanıtlar</translation>
    </message>
    <message>
      <source>Contact (personal data)</source>
      <translation>İletişim (kişisel veri)</translation>
    </message>
    <message>
      <source>Review &amp;&amp; visibility</source>
      <translation>İnceleme &amp;&amp; görünürlük</translation>
    </message>
    <message>
      <source>&amp;Save project</source>
      <translation>Projeyi &amp;kaydet</translation>
    </message>
    <message>
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>Kaydedilmedi: lütfen kırmızıyla işaretli alanları düzeltin.</translation>
    </message>
    <message>
      <source>Not saved.</source>
      <translation>Kaydedilmedi.</translation>
    </message>
    <message>
      <source>Saved. Please check these points:</source>
      <translation>Kaydedildi. Lütfen şu noktalara bakın:</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Kaydedildi.</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
      <source>This project has changes that are not saved yet. Save them now?</source>
      <translation>Bu projede henüz kaydedilmemiş değişiklikler var. Şimdi kaydedilsin mi?</translation>
    </message>
    <message>
      <source>Has errors</source>
      <translation>Hatalar var</translation>
    </message>
    <message>
      <source>Has warnings</source>
      <translation>Uyarılar var</translation>
    </message>
    <message>
      <source>Read only: this project belongs to {district}. It was received from the central office for reference; only its own district can change it.</source>
      <translation>Salt okunur: bu proje {district} kaydıdır. Bilgi için merkez ofisten geldi; yalnızca kaydın sahibi değiştirebilir.</translation>
    </message>
    <message>
      <source>Central office review: {state}.</source>
      <translation>Merkez ofis incelemesi: {state}.</translation>
    </message>
    <message>
      <source>Comment: {comment}</source>
      <translation>Yorum: {comment}</translation>
    </message>
  </context>
  <context>
    <name>ProjectListPanel</name>
    <message>
      <source>Search title, purpose, partners… (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All districts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>District filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All SDGs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SDG filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All WHO themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WHO theme filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted projects are kept and can be restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Project list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{visible} of {total} projects shown</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProjectTableModel</name>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Primary SDG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SDGs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted (can be restored)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From the central dataset (read-only)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResourcesSection</name>
    <message>
      <source>TL</source>
      <translation>TL</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tür</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>&amp;Add partner</source>
      <translation>Ortak &amp;ekle</translation>
    </message>
    <message>
      <source>Remove partner</source>
      <translation>Ortağı kaldır</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Ortaklar</translation>
    </message>
    <message>
      <source>Open to &amp;collaboration with other districts</source>
      <translation>Diğer ilçelerle &amp;iş birliğine açık</translation>
    </message>
    <message>
      <source>What is sought: partners, know-how, co-funding …</source>
      <translation>Aranan: ortak, bilgi birikimi, eş finansman …</translation>
    </message>
    <message>
      <source>&amp;Budget:</source>
      <translation>&amp;Bütçe:</translation>
    </message>
    <message>
      <source>Budget in TL</source>
      <translation>TL cinsinden bütçe</translation>
    </message>
    <message>
      <source>&amp;Funding source:</source>
      <translation>&amp;Finansman kaynağı:</translation>
    </message>
    <message>
      <source>&amp;Partners:</source>
      <translation>&amp;Ortaklar:</translation>
    </message>
    <message>
      <source>Collaboration:</source>
      <translation>İş birliği:</translation>
    </message>
    <message>
      <source>What is &amp;sought:</source>
      <translation>&amp;Aranan destek:</translation>
    </message>
    <message>
      <source>At most two decimals (kuruş), e.g. {example}.</source>
      <translation>En fazla iki ondalık (kuruş), ör. {example}.</translation>
    </message>
    <message>
      <source>Type an amount in TL, e.g. {example}.</source>
      <translation>Tutarı TL olarak yazın, ör. {example}.</translation>
    </message>
  </context>
  <context>
    <name>ResultsSection</name>
    <message>
      <source>Indicator</source>
      <translation>Gösterge</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Birim</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Başlangıç değeri</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Hedef</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>Gerçekleşen</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Dönem</translation>
    </message>
    <message>
      <source>&amp;Add result</source>
      <translation>Sonuç &amp;ekle</translation>
    </message>
    <message>
      <source>Remove result</source>
      <translation>Sonucu kaldır</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Sonuçlar</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarih</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Gelişme</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Durum</translation>
    </message>
    <message>
      <source>Add &amp;update</source>
      <translation>&amp;Gelişme ekle</translation>
    </message>
    <message>
      <source>Remove update</source>
      <translation>Gelişmeyi kaldır</translation>
    </message>
    <message>
      <source>Progress updates</source>
      <translation>İlerleme notları</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Web adresi</translation>
    </message>
    <message>
      <source>Add &amp;link</source>
      <translation>&amp;Bağlantı ekle</translation>
    </message>
    <message>
      <source>Remove link</source>
      <translation>Bağlantıyı kaldır</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Bağlantılar</translation>
    </message>
    <message>
      <source>comma separated, e.g. compost, school gardens</source>
      <translation>virgülle ayırın, ör. kompost, okul bahçeleri</translation>
    </message>
    <message>
      <source>&amp;Results:</source>
      <translation>&amp;Sonuçlar:</translation>
    </message>
    <message>
      <source>&amp;Progress updates:</source>
      <translation>İ&amp;lerleme notları:</translation>
    </message>
    <message>
      <source>&amp;Links:</source>
      <translation>Bağ&amp;lantılar:</translation>
    </message>
    <message>
      <source>&amp;Keywords:</source>
      <translation>&amp;Anahtar sözcükler:</translation>
    </message>
    <message>
      <source>Internal &amp;notes:</source>
      <translation>İç &amp;notlar:</translation>
    </message>
  </context>
  <context>
    <name>ReviewSection</name>
    <message>
      <source>Internal records stay out of public exports and the public map.</source>
      <translation>İç kayıtlar herkese açık dışa aktarımlara ve herkese açık haritaya girmez.</translation>
    </message>
    <message>
      <source>No comment from the central office.</source>
      <translation>Merkez ofisten yorum yok.</translation>
    </message>
    <message>
      <source>&amp;Visibility:</source>
      <translation>&amp;Görünürlük:</translation>
    </message>
    <message>
      <source>Review state:</source>
      <translation>İnceleme durumu:</translation>
    </message>
    <message>
      <source>Reviewer's comment:</source>
      <translation>İnceleyenin yorumu:</translation>
    </message>
    <message>
      <source>Set by the metropolitan central office.</source>
      <translation>Büyükşehir merkez ofisi tarafından belirlenir.</translation>
    </message>
  </context>
  <context>
    <name>Runner</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SdgPicker</name>
    <message>
      <source>Primary SDG goal</source>
      <translation>Ana SKA amacı</translation>
    </message>
    <message>
      <source>Find a target of any goal, e.g. 11.6 or waste</source>
      <translation>Herhangi bir amacın hedefini bulun, ör. 11.6 veya atık</translation>
    </message>
    <message>
      <source>Find an SDG target</source>
      <translation>SKA hedefi bul</translation>
    </message>
    <message>
      <source>SDG targets of the selected goals</source>
      <translation>Seçili amaçların SKA hedefleri</translation>
    </message>
    <message>
      <source>Select goals above to list their targets here.</source>
      <translation>Hedeflerini burada listelemek için yukarıdan amaç seçin.</translation>
    </message>
    <message>
      <source>&amp;Primary goal:</source>
      <translation>&amp;Ana amaç:</translation>
    </message>
    <message>
      <source>&amp;Targets:</source>
      <translation>&amp;Hedefler:</translation>
    </message>
    <message>
      <source>{text} (unofficial translation)</source>
      <translation>{text} (resmî olmayan çeviri)</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>İZSA Desktop – first-run setup</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_OfficePage</name>
    <message>
      <source>Your office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;District:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Office name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>İzmir Metropolitan Municipality – Sustainability Network (İZSA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The central office verifies and merges the districts' bundles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Projects you enter belong to this district.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{district} Municipality</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_RolePage</name>
    <message>
      <source>Welcome to İZSA Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who will use this workspace? You can record projects offline; they are shared later as signed bundles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A &amp;district municipality office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The &amp;metropolitan central office (merges all districts)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <source>Delete “{title}”</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
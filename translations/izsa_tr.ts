<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
  <context>
    <name>AboutBox</name>
    <message>
      <source>İZSA Desktop: the sustainability project inventory of İzmir's district municipalities.</source>
      <translation>İZSA Masaüstü: İzmir ilçe belediyelerinin sürdürülebilirlik projeleri envanteri.</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Sürüm {version}</translation>
    </message>
    <message>
      <source>Workspace format (schema): {schema}</source>
      <translation>Çalışma alanı biçimi (şema): {schema}</translation>
    </message>
    <message>
      <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
      <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
      <source>Map data © OpenStreetMap contributors (ODbL). Neighbourhood points: Who's On First, GeoNames (CC BY 4.0). SDG texts: Open SDG (MIT).</source>
      <translation>Harita verisi © OpenStreetMap katkıcıları (ODbL). Mahalle noktaları: Who's On First, GeoNames (CC BY 4.0). SKA metinleri: Open SDG (MIT).</translation>
    </message>
    <message>
      <source>About İZSA Desktop</source>
      <translation>İZSA Masaüstü hakkında</translation>
    </message>
  </context>
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
    <name>Argparse</name>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>şu argümanlar gerekli: %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>tanınmayan argümanlar: %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>geçersiz seçim: %(value)r (seçenekler: %(choices)s)</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>%(argument_name)s argümanı: %(message)s</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>geçersiz %(type)s değeri: %(value)r</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>bir değer bekleniyor</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>belirsiz seçenek: %(option)s şunlardan biri olabilir: %(matches)s</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>%s argümanıyla birlikte kullanılamaz</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>kullanım: </translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>bu yardım iletisini gösterip çık</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>konumsal argümanlar</translation>
    </message>
    <message>
      <source>options</source>
      <translation>seçenekler</translation>
    </message>
  </context>
  <context>
    <name>BackupMenu</name>
    <message>
      <source>Repeat:</source>
      <translation>Tekrar:</translation>
    </message>
    <message>
      <source>Back up to a folder (USB stick, network share)</source>
      <translation>Yedeği bir klasöre al (USB bellek, ağ paylaşımı)</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({count} projects)</source>
      <translation>Yedek yazıldı ve doğrulandı: {path} ({count} proje)</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Yedek yazılıyor…</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Yedekten geri yükle</translation>
    </message>
    <message>
      <source>İZSA workspace backups (*.sqlite)</source>
      <translation>İZSA çalışma alanı yedekleri (*.sqlite)</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Yedek denetleniyor…</translation>
    </message>
    <message>
      <source>The backup is intact: {count} projects, made {at}.</source>
      <translation>Yedek sağlam: {count} proje, {at} tarihinde alınmış.</translation>
    </message>
    <message>
      <source>Replace the workspace with it? The current workspace is kept as a backup, and the window reopens.</source>
      <translation>Çalışma alanı bu yedekle değiştirilsin mi? Şimdiki çalışma alanı yedek olarak saklanır ve pencere yeniden açılır.</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Yedek geri yükleniyor…</translation>
    </message>
    <message>
      <source>Workspace restored ({count} projects).</source>
      <translation>Çalışma alanı geri yüklendi ({count} proje).</translation>
    </message>
    <message>
      <source>The replaced workspace was kept: {path}</source>
      <translation>Yerine konulan çalışma alanı saklandı: {path}</translation>
    </message>
    <message>
      <source>Back up the signing key</source>
      <translation>İmza anahtarını yedekle</translation>
    </message>
    <message>
      <source>The key is written to a file encrypted with a backup passphrase of its own. Keep the file away from this PC (a USB stick in a locked drawer) and the passphrase somewhere else.</source>
      <translation>Anahtar, kendine ait bir yedek parolasıyla şifrelenmiş bir dosyaya yazılır. Dosyayı bu bilgisayardan uzakta (kilitli bir çekmecedeki USB bellekte), parolayı da başka bir yerde saklayın.</translation>
    </message>
    <message>
      <source>Passphrase of the signing key:</source>
      <translation>İmza anahtarının parolası:</translation>
    </message>
    <message>
      <source>New backup passphrase:</source>
      <translation>Yeni yedek parolası:</translation>
    </message>
    <message>
      <source>Save the key backup</source>
      <translation>Anahtar yedeğini kaydet</translation>
    </message>
    <message>
      <source>Key backups (*.izsakey)</source>
      <translation>Anahtar yedekleri (*.izsakey)</translation>
    </message>
    <message>
      <source>Key backup written to {path} (fingerprint {fingerprint}).</source>
      <translation>Anahtar yedeği {path} dosyasına yazıldı (parmak izi {fingerprint}).</translation>
    </message>
    <message>
      <source>Encrypting the key…</source>
      <translation>Anahtar şifreleniyor…</translation>
    </message>
    <message>
      <source>Restore the signing key</source>
      <translation>İmza anahtarını geri yükle</translation>
    </message>
    <message>
      <source>Type the backup passphrase, then choose the passphrase the key gets on this PC.</source>
      <translation>Yedek parolasını yazın, sonra anahtarın bu bilgisayarda kullanacağı parolayı seçin.</translation>
    </message>
    <message>
      <source>Backup passphrase:</source>
      <translation>Yedek parolası:</translation>
    </message>
    <message>
      <source>New passphrase of the signing key:</source>
      <translation>İmza anahtarının yeni parolası:</translation>
    </message>
    <message>
      <source>Key of {signer} restored: {fingerprint}. The next bundle will be number {seq}.</source>
      <translation>{signer} anahtarı geri yüklendi: {fingerprint}. Sonraki paketin numarası {seq} olacak.</translation>
    </message>
    <message>
      <source>Decrypting the key…</source>
      <translation>Anahtarın şifresi çözülüyor…</translation>
    </message>
    <message>
      <source>&amp;Backups</source>
      <translation>&amp;Yedekler</translation>
    </message>
    <message>
      <source>&amp;Back up to…</source>
      <translation>&amp;Yedeği şuraya al…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>Yedekten &amp;geri yükle…</translation>
    </message>
    <message>
      <source>Back up the signing &amp;key…</source>
      <translation>İmza &amp;anahtarını yedekle…</translation>
    </message>
    <message>
      <source>Restore the signing k&amp;ey…</source>
      <translation>İmza anahtarını geri y&amp;ükle…</translation>
    </message>
  </context>
  <context>
    <name>BatchPreviewDialog</name>
    <message>
      <source>Import {count} bundles</source>
      <translation>{count} paketi al</translation>
    </message>
    <message>
      <source>{ready} of {count} bundles can be imported together. New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Likely duplicates: {duplicates}</source>
      <translation>{count} paketten {ready} tanesi birlikte alınabilir. Yeni: {new}   Değişen: {changed}   Silinen: {deleted}   Çakışma: {conflicts}   Olası mükerrer: {duplicates}</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Dosya</translation>
    </message>
    <message>
      <source>District</source>
      <translation>İlçe</translation>
    </message>
    <message>
      <source>Bundle</source>
      <translation>Paket</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Durum</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Yeni</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Değişen</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Silinen</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Çakışma</translation>
    </message>
    <message>
      <source>Likely duplicates</source>
      <translation>Olası mükerrer</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>İptal</translation>
    </message>
    <message>
      <source>Already imported: nothing to do.</source>
      <translation>Zaten alınmış: yapılacak bir şey yok.</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Hazır</translation>
    </message>
  </context>
  <context>
    <name>BundleActions</name>
    <message>
      <source>Bundles</source>
      <translation>Paketler</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Parola</translation>
    </message>
    <message>
      <source>Passphrase of the signing key:</source>
      <translation>İmza anahtarının parolası:</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Paketi dışa aktar</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>Veri setini dışa aktar</translation>
    </message>
    <message>
      <source>İZSA bundles (*.izsa)</source>
      <translation>İZSA paketleri (*.izsa)</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Yazıldı: {path}</translation>
    </message>
    <message>
      <source>Import bundle</source>
      <translation>Paket al</translation>
    </message>
    <message>
      <source>İZSA bundles (*.izsa);;All files (*)</source>
      <translation>İZSA paketleri (*.izsa);;Tüm dosyalar (*)</translation>
    </message>
    <message>
      <source>Choose one dataset file at a time.</source>
      <translation>Her seferinde tek bir veri seti dosyası seçin.</translation>
    </message>
    <message>
      <source>Checking the bundles…</source>
      <translation>Paketler denetleniyor…</translation>
    </message>
    <message>
      <source>Imported {count} bundles.</source>
      <translation>{count} paket alındı.</translation>
    </message>
    <message>
      <source>Checking the bundle…</source>
      <translation>Paket denetleniyor…</translation>
    </message>
    <message>
      <source>Checking the dataset…</source>
      <translation>Veri seti denetleniyor…</translation>
    </message>
    <message>
      <source>This bundle was already imported: nothing to do.</source>
      <translation>Bu paket zaten alınmış: yapılacak bir şey yok.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Alınıyor…</translation>
    </message>
    <message>
      <source>Imported bundle {seq} from {district}.</source>
      <translation>{district} ilçesinden {seq} numaralı paket alındı.</translation>
    </message>
    <message>
      <source>Import dataset</source>
      <translation>Veri setini al</translation>
    </message>
  </context>
  <context>
    <name>BundleMenu</name>
    <message>
      <source>&amp;Bundles</source>
      <translation>&amp;Paketler</translation>
    </message>
    <message>
      <source>Export bundle…</source>
      <translation>Paketi dışa aktar…</translation>
    </message>
    <message>
      <source>Import bundle…</source>
      <translation>Paket al…</translation>
    </message>
    <message>
      <source>Export dataset…</source>
      <translation>Veri setini dışa aktar…</translation>
    </message>
    <message>
      <source>Import dataset…</source>
      <translation>Veri setini al…</translation>
    </message>
    <message>
      <source>Keys…</source>
      <translation>Anahtarlar…</translation>
    </message>
    <message>
      <source>Conflicts…</source>
      <translation>Çakışmalar…</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Error</source>
      <translation>Hata</translation>
    </message>
    <message>
      <source>see {prog} --help</source>
      <translation>bkz. {prog} --help</translation>
    </message>
    <message>
      <source>write the signing key to an encrypted backup file</source>
      <translation>imza anahtarını şifreli bir yedek dosyasına yaz</translation>
    </message>
    <message>
      <source>import the signing key from a backup file</source>
      <translation>imza anahtarını bir yedek dosyasından al</translation>
    </message>
    <message>
      <source>workspace backups</source>
      <translation>çalışma alanı yedekleri</translation>
    </message>
    <message>
      <source>back up the workspace (beside it, or into a folder)</source>
      <translation>çalışma alanını yedekle (yanına ya da bir klasöre)</translation>
    </message>
    <message>
      <source>a folder, e.g. a USB stick or a network share</source>
      <translation>bir klasör, ör. USB bellek ya da ağ paylaşımı</translation>
    </message>
    <message>
      <source>list the backups beside the workspace</source>
      <translation>çalışma alanının yanındaki yedekleri listele</translation>
    </message>
    <message>
      <source>check a backup: file hash, integrity and content hash</source>
      <translation>bir yedeği denetle: dosya özeti, bütünlük ve içerik özeti</translation>
    </message>
    <message>
      <source>replace the workspace by a verified backup (the current one is kept)</source>
      <translation>çalışma alanını doğrulanmış bir yedekle değiştir (şimdiki saklanır)</translation>
    </message>
    <message>
      <source>Backup passphrase: </source>
      <translation>Yedek parolası: </translation>
    </message>
    <message>
      <source>Repeat the backup passphrase: </source>
      <translation>Yedek parolasını tekrarlayın: </translation>
    </message>
    <message>
      <source>Key of {signer} ({fingerprint}) written to {path}; last bundle {seq}. Keep it away from this PC.</source>
      <translation>{signer} anahtarı ({fingerprint}) {path} dosyasına yazıldı; son paket {seq}. Dosyayı bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
      <source>Key of {signer} restored: {fingerprint}. The next bundle will be number {seq}.</source>
      <translation>{signer} anahtarı geri yüklendi: {fingerprint}. Sonraki paketin numarası {seq} olacak.</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({count} projects)</source>
      <translation>Yedek yazıldı ve doğrulandı: {path} ({count} proje)</translation>
    </message>
    <message>
      <source>Backup is intact: {path} ({count} projects, made {at})</source>
      <translation>Yedek sağlam: {path} ({count} proje, {at} tarihinde alınmış)</translation>
    </message>
    <message>
      <source>Workspace restored from {backup} ({count} projects).</source>
      <translation>Çalışma alanı {backup} yedeğinden geri yüklendi ({count} proje).</translation>
    </message>
    <message>
      <source>The replaced workspace was kept: {path}</source>
      <translation>Yerine konulan çalışma alanı saklandı: {path}</translation>
    </message>
    <message>
      <source>Bundle numbering continues after {seq}.</source>
      <translation>Paket numaraları {seq} sonrasından devam eder.</translation>
    </message>
    <message>
      <source>signing keys</source>
      <translation>imza anahtarları</translation>
    </message>
    <message>
      <source>signed bundles</source>
      <translation>imzalı paketler</translation>
    </message>
    <message>
      <source>conflict queue</source>
      <translation>çakışma kuyruğu</translation>
    </message>
    <message>
      <source>JSON value when --take edit</source>
      <translation>--take edit için JSON değer</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Parola: </translation>
    </message>
    <message>
      <source>Repeat the passphrase: </source>
      <translation>Parolayı yineleyin: </translation>
    </message>
    <message>
      <source>Key of {signer}: {fingerprint}</source>
      <translation>{signer} anahtarı: {fingerprint}</translation>
    </message>
    <message>
      <source>Key of {signer} is already encrypted at the current cost (scrypt n={now}).</source>
      <translation>{signer} anahtarı zaten güncel maliyetle şifrelenmiş (scrypt n={now}).</translation>
    </message>
    <message>
      <source>Public key written to {path}; fingerprint {fingerprint}</source>
      <translation>Açık anahtar {path} dosyasına yazıldı; parmak izi {fingerprint}</translation>
    </message>
    <message>
      <source>Registered the key of {district}: {fingerprint}</source>
      <translation>{district} anahtarı kaydedildi: {fingerprint}</translation>
    </message>
    <message>
      <source>Pinned the central key: {fingerprint}</source>
      <translation>Merkez anahtarı sabitlendi: {fingerprint}</translation>
    </message>
    <message>
      <source>Keys of {district} revoked from bundle {seq}.</source>
      <translation>{district} anahtarları {seq} numaralı paketten itibaren iptal edildi.</translation>
    </message>
    <message>
      <source>Bundle {seq} written to {path}: {records} records, {tombstones} deletions.</source>
      <translation>{seq} numaralı paket {path} dosyasına yazıldı: {records} kayıt, {tombstones} silme.</translation>
    </message>
    <message>
      <source>Valid bundle {seq} from {district}, signed by {fingerprint}.</source>
      <translation>{district} ilçesinden geçerli {seq} numaralı paket, imzalayan {fingerprint}.</translation>
    </message>
    <message>
      <source>Already imported: nothing to do.</source>
      <translation>Zaten alınmış: yapılacak bir şey yok.</translation>
    </message>
    <message>
      <source>Dry run: nothing was changed.</source>
      <translation>Deneme: hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <source>Imported.</source>
      <translation>Alındı.</translation>
    </message>
    <message>
      <source>Dataset {seq} written to {path}: {records} records.</source>
      <translation>{seq} numaralı veri seti {path} dosyasına yazıldı: {records} kayıt.</translation>
    </message>
    <message>
      <source>nothing to do</source>
      <translation>yapılacak bir şey yok</translation>
    </message>
    <message>
      <source>Dataset imported: {counts}</source>
      <translation>Veri seti alındı: {counts}</translation>
    </message>
    <message>
      <source>Import {bundle_id} undone.</source>
      <translation>{bundle_id} alma işlemi geri alındı.</translation>
    </message>
    <message>
      <source>base</source>
      <translation>temel</translation>
    </message>
    <message>
      <source>central</source>
      <translation>merkez</translation>
    </message>
    <message>
      <source>incoming</source>
      <translation>gelen</translation>
    </message>
    <message>
      <source>{count} conflicts</source>
      <translation>{count} çakışma</translation>
    </message>
    <message>
      <source>Conflict {id} resolved.</source>
      <translation>{id} numaralı çakışma çözüldü.</translation>
    </message>
    <message>
      <source>{value} is not a whole number</source>
      <translation>{value} bir tam sayı değil</translation>
    </message>
    <message>
      <source>{value} is too large: use at most {high}</source>
      <translation>{value} çok büyük: en çok {high} girin</translation>
    </message>
    <message>
      <source>{value} is out of range: use a whole number from {low} to {high}</source>
      <translation>{value} izin verilen aralığın dışında: {low} ile {high} arasında bir tam sayı girin</translation>
    </message>
    <message>
      <source>{value} is not a number</source>
      <translation>{value} bir sayı değil</translation>
    </message>
    <message>
      <source>{value} is out of range: use a number from {low} to {high}</source>
      <translation>{value} izin verilen aralığın dışında: {low} ile {high} arasında bir sayı girin</translation>
    </message>
    <message>
      <source>projects similar to one project</source>
      <translation>bir projeye benzeyen projeler</translation>
    </message>
    <message>
      <source>gap analysis: where more work is needed</source>
      <translation>boşluk analizi: daha çok çalışma gereken alanlar</translation>
    </message>
    <message>
      <source>candidate joint projects across districts</source>
      <translation>ilçeler arası ortak proje adayları</translation>
    </message>
    <message>
      <source>write the pairs to this CSV file</source>
      <translation>çiftleri bu CSV dosyasına yaz</translation>
    </message>
    <message>
      <source>coaching scorecard per district</source>
      <translation>ilçe başına koçluk karnesi</translation>
    </message>
    <message>
      <source>words: {words}</source>
      <translation>sözcükler: {words}</translation>
    </message>
    <message>
      <source>targets: {targets}</source>
      <translation>hedefler: {targets}</translation>
    </message>
    <message>
      <source>{km:.1f} km away</source>
      <translation>{km:.1f} km uzakta</translation>
    </message>
    <message>
      <source>Projects similar to: {title}</source>
      <translation>Şu projeye benzeyenler: {title}</translation>
    </message>
    <message>
      <source>No similar projects found.</source>
      <translation>Benzer proje bulunmadı.</translation>
    </message>
    <message>
      <source>{count} live projects.</source>
      <translation>{count} etkin proje.</translation>
    </message>
    <message>
      <source>No gaps found.</source>
      <translation>Boşluk bulunmadı.</translation>
    </message>
    <message>
      <source>{count} pairs written to {path}</source>
      <translation>{count} çift {path} dosyasına yazıldı</translation>
    </message>
    <message>
      <source>No joint project candidates found.</source>
      <translation>Ortak proje adayı bulunmadı.</translation>
    </message>
    <message>
      <source>{district}: readiness {score}/100, {count} projects</source>
      <translation>{district}: hazırlık {score}/100, {count} proje</translation>
    </message>
    <message>
      <source>İZSA Desktop command line</source>
      <translation>İZSA Masaüstü komut satırı</translation>
    </message>
    <message>
      <source>Password for {target}: </source>
      <translation>{target} için parola: </translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Kesildi.</translation>
    </message>
    <message>
      <source>move a workspace between SQLite and PostgreSQL (verified copy)</source>
      <translation>çalışma alanını SQLite ile PostgreSQL arasında taşı (doğrulanmış kopya)</translation>
    </message>
    <message>
      <source>SQLite file or database URL</source>
      <translation>SQLite dosyası veya veritabanı adresi (URL)</translation>
    </message>
    <message>
      <source>SQLite file or database URL (must be empty)</source>
      <translation>SQLite dosyası veya veritabanı adresi (URL) (boş olmalı)</translation>
    </message>
    <message>
      <source>Moved {source} -&gt; {target}</source>
      <translation>Taşındı: {source} -&gt; {target}</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>TAMAM</translation>
    </message>
    <message>
      <source>MISMATCH</source>
      <translation>UYUŞMAZLIK</translation>
    </message>
    <message>
      <source>{table}: {source_rows} rows -&gt; {target_rows} rows, content {hash} {mark}</source>
      <translation>{table}: {source_rows} satır -&gt; {target_rows} satır, içerik {hash} {mark}</translation>
    </message>
    <message>
      <source>Verified: every table identical</source>
      <translation>Doğrulandı: bütün tablolar aynı</translation>
    </message>
    <message>
      <source>VERIFICATION FAILED</source>
      <translation>DOĞRULAMA BAŞARISIZ</translation>
    </message>
    <message>
      <source>export projects (CSV, XLSX, GeoJSON) or a PDF report</source>
      <translation>projeleri dışa aktar (CSV, XLSX, GeoJSON) veya PDF rapor üret</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>yazılacak dosya</translation>
    </message>
    <message>
      <source>only this district (name or code)</source>
      <translation>yalnızca bu ilçe (ad veya kod)</translation>
    </message>
    <message>
      <source>only projects aligned with this SDG goal (1-17)</source>
      <translation>yalnızca bu SKA amacıyla ilişkili projeler (1-17)</translation>
    </message>
    <message>
      <source>only projects matching these words</source>
      <translation>yalnızca bu sözcüklerle eşleşen projeler</translation>
    </message>
    <message>
      <source>write a good-practice case study of one project (PDF and JSON)</source>
      <translation>bir projenin iyi uygulama örneğini yaz (PDF ve JSON)</translation>
    </message>
    <message>
      <source>include contact persons (personal data; internal use only)</source>
      <translation>iletişim kişilerini dahil et (kişisel veri; yalnızca kurum içi)</translation>
    </message>
    <message>
      <source>CSV separator</source>
      <translation>CSV ayırıcısı</translation>
    </message>
    <message>
      <source>{count} projects written to {path}</source>
      <translation>{count} proje {path} dosyasına yazıldı</translation>
    </message>
    <message>
      <source>{count} projects without coordinates were skipped</source>
      <translation>Koordinatı olmayan {count} proje atlandı</translation>
    </message>
    <message>
      <source>{pages} pages</source>
      <translation>{pages} sayfa</translation>
    </message>
    <message>
      <source>create a workspace</source>
      <translation>bir çalışma alanı oluştur</translation>
    </message>
    <message>
      <source>list projects</source>
      <translation>projeleri listele</translation>
    </message>
    <message>
      <source>include deleted projects</source>
      <translation>silinen projeleri de göster</translation>
    </message>
    <message>
      <source>include contact persons (personal data) in --json output</source>
      <translation>--json çıktısına iletişim kişilerini (kişisel verileri) de ekle</translation>
    </message>
    <message>
      <source>check integrity and schema version</source>
      <translation>bütünlüğü ve şema sürümünü denetle</translation>
    </message>
    <message>
      <source>add sample projects</source>
      <translation>örnek projeler ekle</translation>
    </message>
    <message>
      <source>reproducible data and identifiers (the same seed gives the same projects)</source>
      <translation>yeniden üretilebilir veriler ve kimlikler (aynı tohum değeri aynı projeleri verir)</translation>
    </message>
    <message>
      <source>Workspace ready: {path} ({where})</source>
      <translation>Çalışma alanı hazır: {path} ({where})</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>silindi</translation>
    </message>
    <message>
      <source>{count} projects</source>
      <translation>{count} proje</translation>
    </message>
    <message>
      <source>Server: {server}</source>
      <translation>Sunucu: {server}</translation>
    </message>
    <message>
      <source>Schema version: {schema} (this application: {head})</source>
      <translation>Şema sürümü: {schema} (bu uygulama: {head})</translation>
    </message>
    <message>
      <source>Integrity: {result}</source>
      <translation>Bütünlük: {result}</translation>
    </message>
    <message>
      <source>Projects: {n} ({d} deleted)</source>
      <translation>Projeler: {n} ({d} silinmiş)</translation>
    </message>
    <message>
      <source>PROBLEMS FOUND</source>
      <translation>SORUN BULUNDU</translation>
    </message>
    <message>
      <source>{count} sample projects added in {seconds:.1f} s</source>
      <translation>{count} örnek proje {seconds:.1f} sn içinde eklendi</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Conflicts</source>
      <translation>Çakışmalar</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proje</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Alan</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>Temel</translation>
    </message>
    <message>
      <source>Central</source>
      <translation>Merkez</translation>
    </message>
    <message>
      <source>Incoming</source>
      <translation>Gelen</translation>
    </message>
    <message>
      <source>Keep central</source>
      <translation>Merkezdekini koru</translation>
    </message>
    <message>
      <source>Take incoming</source>
      <translation>Geleni al</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Düzenle…</translation>
    </message>
    <message>
      <source>Decided by:</source>
      <translation>Karar veren:</translation>
    </message>
    <message>
      <source>{count} open conflicts</source>
      <translation>{count} açık çakışma</translation>
    </message>
    <message>
      <source>Edit value</source>
      <translation>Değeri düzenle</translation>
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
    <name>CoverageCharts</name>
    <message>
      <source>Projects by WHO Healthy Cities theme</source>
      <translation>DSÖ temalarına göre projeler</translation>
    </message>
    <message>
      <source>Projects by target group</source>
      <translation>Hedef gruba göre projeler</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projeler</translation>
    </message>
    <message>
      <source>Projects by start year and status</source>
      <translation>Başlangıç yılı ve duruma göre projeler</translation>
    </message>
    <message>
      <source>n/a</source>
      <translation>yok</translation>
    </message>
  </context>
  <context>
    <name>CrashReporter</name>
    <message>
      <source>İZSA Desktop met an unexpected error: {error}

What you were doing may not have been completed: check it before you go on, or quit and start the application again. The details were written to:
{path}</source>
      <translation>İZSA Masaüstü beklenmeyen bir hatayla karşılaştı: {error}

Yaptığınız işlem tamamlanmamış olabilir: devam etmeden önce kontrol edin ya da uygulamadan çıkıp yeniden başlatın. Ayrıntılar şu dosyaya yazıldı:
{path}</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Beklenmeyen hata</translation>
    </message>
    <message>
      <source>&amp;Continue</source>
      <translation>&amp;Devam et</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Çı&amp;kış</translation>
    </message>
  </context>
  <context>
    <name>DatasetPreview</name>
    <message>
      <source>ALARM: this dataset attributes {count} of this district's own records to {districts} — possible id theft. These records are NOT changed here (they keep their values and are sent again with the next bundle); contact central.</source>
      <translation>ALARM: bu veri seti, bu ilçenin kendi kayıtlarından {count} tanesini {districts} ilçesine ait gösteriyor — kimlik hırsızlığı olabilir. Bu kayıtlar burada DEĞİŞTİRİLMEDİ (değerleri korunur ve bir sonraki paketle yeniden gönderilir); merkezle görüşün.</translation>
    </message>
    <message>
      <source>• {title} ({id}): here {own}, in the dataset {other}</source>
      <translation>• {title} ({id}): burada {own}, veri setinde {other}</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Type day.month.year, e.g. {example}; Alt+Down opens the calendar.</source>
      <translation>Gün.ay.yıl olarak yazın, ör. {example}; takvimi Alt+Aşağı ok açar.</translation>
    </message>
    <message>
      <source>Choose the date from a calendar</source>
      <translation>Tarihi takvimden seçin</translation>
    </message>
    <message>
      <source>There is no such date: {text}. Check the day and the month.</source>
      <translation>Böyle bir tarih yok: {text}. Günü ve ayı kontrol edin.</translation>
    </message>
    <message>
      <source>Type a year between {first} and {last}.</source>
      <translation>{first} ile {last} arasında bir yıl yazın.</translation>
    </message>
    <message>
      <source>Type the full date with its day, e.g. {example}.</source>
      <translation>Tarihi günüyle birlikte tam yazın, ör. {example}.</translation>
    </message>
    <message>
      <source>Type the date as day.month.year, e.g. {example}.</source>
      <translation>Tarihi gün.ay.yıl olarak yazın, ör. {example}.</translation>
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
    <name>ExportDialog</name>
    <message>
      <source>Export</source>
      <translation>Dışa aktar</translation>
    </message>
    <message>
      <source>Excel workbook (XLSX)</source>
      <translation>Excel çalışma kitabı (XLSX)</translation>
    </message>
    <message>
      <source>CSV for spreadsheets</source>
      <translation>Tablolar için CSV</translation>
    </message>
    <message>
      <source>GeoJSON for GIS (projects with coordinates)</source>
      <translation>CBS için GeoJSON (koordinatlı projeler)</translation>
    </message>
    <message>
      <source>PDF report (Voluntary Local Review)</source>
      <translation>PDF rapor (Gönüllü Yerel İnceleme)</translation>
    </message>
    <message>
      <source>Case study of the selected project (PDF + JSON)</source>
      <translation>Seçili projenin iyi uygulama örneği (PDF + JSON)</translation>
    </message>
    <message>
      <source>Include personal data (contact persons) — internal use only</source>
      <translation>Kişisel verileri (iletişim kişileri) dahil et — yalnızca kurum içi kullanım</translation>
    </message>
    <message>
      <source>Current list filter ({count} projects)</source>
      <translation>Listenin geçerli süzgeci ({count} proje)</translation>
    </message>
    <message>
      <source>All projects</source>
      <translation>Tüm projeler</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Gözat…</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Biçim</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projeler</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Kaydedilecek dosya</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
      <source>GeoJSON files (*.geojson)</source>
      <translation>GeoJSON dosyaları (*.geojson)</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Dışa aktarılacak yer</translation>
    </message>
    <message>
      <source>Choose where to save the file.</source>
      <translation>Dosyanın kaydedileceği yeri seçin.</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
      <source>{count} projects written to {path}</source>
      <translation>{count} proje {path} dosyasına yazıldı</translation>
    </message>
    <message>
      <source>{count} projects without coordinates were skipped.</source>
      <translation>Koordinatı olmayan {count} proje atlandı.</translation>
    </message>
    <message>
      <source>The export failed: {detail}</source>
      <translation>Dışa aktarma başarısız oldu: {detail}</translation>
    </message>
  </context>
  <context>
    <name>ExportMenu</name>
    <message>
      <source>{count} projects written to {path}</source>
      <translation>{count} proje {path} dosyasına yazıldı</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Dışa aktar…</translation>
    </message>
  </context>
  <context>
    <name>GapsView</name>
    <message>
      <source>Name a goal as thin when a district has fewer projects than:</source>
      <translation>Bir ilçede şundan az proje varsa amacı zayıf say:</translation>
    </message>
    <message>
      <source>{count} gaps found among {projects} live projects.</source>
      <translation>{projects} etkin proje arasında {count} boşluk bulundu.</translation>
    </message>
    <message>
      <source>No gaps found.</source>
      <translation>Boşluk bulunmadı.</translation>
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
      <translation>Bozuk çalışma alanı</translation>
    </message>
    <message>
      <source>Restore the latest backup ({name})? The damaged file is kept beside it.</source>
      <translation>En son yedek ({name}) geri yüklensin mi? Bozuk dosya yanında saklanır.</translation>
    </message>
    <message>
      <source>İZSA Desktop</source>
      <translation>İZSA Masaüstü</translation>
    </message>
    <message>
      <source>Workspace updated</source>
      <translation>Çalışma alanı güncellendi</translation>
    </message>
    <message>
      <source>The workspace was upgraded to the new format. A backup of the old file was kept: {path}</source>
      <translation>Çalışma alanı yeni biçime yükseltildi. Eski dosyanın yedeği saklandı: {path}</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <source>Import bundle {seq} from {district}</source>
      <translation>{district} ilçesinden {seq} numaralı paketi al</translation>
    </message>
    <message>
      <source>New: {new}   Changed: {changed}   Unchanged: {unchanged}   Deleted: {deleted}   Conflicting: {conflicting}   Rejected: {rejected}   Likely duplicates: {duplicates}</source>
      <translation>Yeni: {new}   Değişen: {changed}   Değişmeyen: {unchanged}   Silinen: {deleted}   Çakışan: {conflicting}   Reddedilen: {rejected}   Olası mükerrer: {duplicates}</translation>
    </message>
    <message>
      <source>ALARM: {count} record(s) in this bundle from {district} carry ids already registered to {holders} — possible id theft. They are not imported; both claims are stored in the history of each record for review. If the earlier claim is the false one, undo the bundle that brought it (shown below) and import this district's next bundle.</source>
      <translation>ALARM: {district} ilçesinden gelen bu paketteki {count} kayıt, {holders} adına zaten kayıtlı kimlikler taşıyor — kimlik hırsızlığı olabilir. Bu kayıtlar alınmadı; iki talep de incelenmek üzere her kaydın geçmişine yazıldı. Önceki talep sahteyse onu getiren paketi (aşağıda gösterilir) geri alın ve bu ilçenin bir sonraki paketini alın.</translation>
    </message>
    <message>
      <source>new</source>
      <translation>yeni</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>değişen</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>değişmeyen</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>silinen</translation>
    </message>
    <message>
      <source>conflicting</source>
      <translation>çakışan</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>reddedilen</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Değişiklik</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proje</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>Alanlar</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Alan</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Şimdi</translation>
    </message>
    <message>
      <source>After import</source>
      <translation>Aldıktan sonra</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Çakışma</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Uygula</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>İptal</translation>
    </message>
    <message>
      <source>central: {central} / incoming: {incoming}</source>
      <translation>merkez: {central} / gelen: {incoming}</translation>
    </message>
    <message>
      <source>Rejected: {reason}</source>
      <translation>Reddedildi: {reason}</translation>
    </message>
    <message>
      <source>Registered to</source>
      <translation>Kayıtlı olduğu ilçe</translation>
    </message>
    <message>
      <source>bundle {id}</source>
      <translation>paket {id}</translation>
    </message>
    <message>
      <source>Claimed by</source>
      <translation>Talep eden ilçe</translation>
    </message>
    <message>
      <source>(deleted)</source>
      <translation>(silinmiş)</translation>
    </message>
  </context>
  <context>
    <name>Insights</name>
    <message>
      <source>Insights</source>
      <translation>İçgörüler</translation>
    </message>
    <message>
      <source>Similar projects</source>
      <translation>Benzer projeler</translation>
    </message>
    <message>
      <source>{district} has no project for SDG {goals}.</source>
      <translation>{district}: SKA {goals} için proje yok.</translation>
    </message>
    <message>
      <source>{district} has fewer than {limit} projects for SDG {goals}.</source>
      <translation>{district}: SKA {goals} için {limit} projeden az var.</translation>
    </message>
    <message>
      <source>{district} has no projects yet.</source>
      <translation>{district}: henüz hiç proje yok.</translation>
    </message>
    <message>
      <source>{district} has only {count} projects, below a quarter of the median district ({limit:.0f}).</source>
      <translation>{district}: yalnızca {count} proje var; bu, ortanca ilçenin dörtte birinin ({limit:.0f}) altında.</translation>
    </message>
    <message>
      <source>the city</source>
      <translation>kent genelinde</translation>
    </message>
    <message>
      <source>In {where}, no project addresses SDG {goal} targets {targets}.</source>
      <translation>{where}: SKA {goal} hedeflerinden {targets} için proje yok.</translation>
    </message>
    <message>
      <source>No project covers the WHO Healthy Cities theme(s): {themes}.</source>
      <translation>Hiçbir proje şu DSÖ Sağlıklı Kentler temalarını kapsamıyor: {themes}.</translation>
    </message>
    <message>
      <source>{district} has no project for the theme(s): {themes}.</source>
      <translation>{district}: şu temalarda proje yok: {themes}.</translation>
    </message>
    <message>
      <source>Complete the required fields of {count} projects</source>
      <translation>{count} projenin zorunlu alanlarını tamamlayın</translation>
    </message>
    <message>
      <source>Add SDG targets to {count} projects</source>
      <translation>{count} projeye SKA hedefleri ekleyin</translation>
    </message>
    <message>
      <source>Set a precise location (site or neighbourhood) for {count} projects</source>
      <translation>{count} proje için kesin konum (yer ya da mahalle) belirleyin</translation>
    </message>
    <message>
      <source>Record results for {count} projects</source>
      <translation>{count} projenin sonuçlarını girin</translation>
    </message>
    <message>
      <source>Record beneficiaries for {count} projects</source>
      <translation>{count} projenin yararlanıcı sayısını girin</translation>
    </message>
    <message>
      <source>Add English titles to {count} projects</source>
      <translation>{count} projeye İngilizce başlık ekleyin</translation>
    </message>
    <message>
      <source>Required fields</source>
      <translation>Zorunlu alanlar</translation>
    </message>
    <message>
      <source>SDG targets</source>
      <translation>SKA hedefleri</translation>
    </message>
    <message>
      <source>Precise location</source>
      <translation>Kesin konum</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Sonuçlar</translation>
    </message>
    <message>
      <source>Beneficiaries</source>
      <translation>Yararlanıcılar</translation>
    </message>
    <message>
      <source>English title</source>
      <translation>İngilizce başlık</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Puan</translation>
    </message>
    <message>
      <source>District A</source>
      <translation>İlçe A</translation>
    </message>
    <message>
      <source>Title A</source>
      <translation>Başlık A</translation>
    </message>
    <message>
      <source>ID A</source>
      <translation>Kimlik A</translation>
    </message>
    <message>
      <source>District B</source>
      <translation>İlçe B</translation>
    </message>
    <message>
      <source>Title B</source>
      <translation>Başlık B</translation>
    </message>
    <message>
      <source>ID B</source>
      <translation>Kimlik B</translation>
    </message>
    <message>
      <source>Open to collaboration</source>
      <translation>İş birliğine açık</translation>
    </message>
    <message>
      <source>Shared targets</source>
      <translation>Ortak hedefler</translation>
    </message>
    <message>
      <source>Shared words</source>
      <translation>Ortak sözcükler</translation>
    </message>
    <message>
      <source>Distance (km)</source>
      <translation>Uzaklık (km)</translation>
    </message>
  </context>
  <context>
    <name>InsightsTab</name>
    <message>
      <source>Computing…</source>
      <translation>Hesaplanıyor…</translation>
    </message>
    <message>
      <source>District × SDG</source>
      <translation>İlçe × SKA</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>Kapsam</translation>
    </message>
    <message>
      <source>Gaps</source>
      <translation>Boşluklar</translation>
    </message>
    <message>
      <source>Joint projects</source>
      <translation>Ortak projeler</translation>
    </message>
    <message>
      <source>Scorecard</source>
      <translation>Karne</translation>
    </message>
    <message>
      <source>{count} live projects.</source>
      <translation>{count} etkin proje.</translation>
    </message>
  </context>
  <context>
    <name>JointView</name>
    <message>
      <source>Find joint projects</source>
      <translation>Ortak proje bul</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
      <source>Minimum similarity:</source>
      <translation>En düşük benzerlik:</translation>
    </message>
    <message>
      <source>Similar projects in different districts that could become joint projects. Projects open to collaboration rank higher.</source>
      <translation>Farklı ilçelerde ortak projeye dönüşebilecek benzer projeler. İş birliğine açık projeler üstte sıralanır.</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Puan</translation>
    </message>
    <message>
      <source>Project A</source>
      <translation>Proje A</translation>
    </message>
    <message>
      <source>Project B</source>
      <translation>Proje B</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Neden</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Grup</translation>
    </message>
    <message>
      <source>Comparing projects…</source>
      <translation>Projeler karşılaştırılıyor…</translation>
    </message>
    <message>
      <source>targets: {targets}</source>
      <translation>hedefler: {targets}</translation>
    </message>
    <message>
      <source>words: {words}</source>
      <translation>sözcükler: {words}</translation>
    </message>
    <message>
      <source>{km:.1f} km apart</source>
      <translation>{km:.1f} km uzaklıkta</translation>
    </message>
    <message>
      <source>open to collaboration</source>
      <translation>iş birliğine açık</translation>
    </message>
    <message>
      <source>{pairs} candidate pairs, {groups} groups of three or more.</source>
      <translation>{pairs} aday çift, üç ya da daha fazla projeden {groups} grup.</translation>
    </message>
    <message>
      <source>Export joint projects</source>
      <translation>Ortak projeleri dışa aktar</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV dosyaları (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>KeysDialog</name>
    <message>
      <source>Keys</source>
      <translation>Anahtarlar</translation>
    </message>
    <message>
      <source>Create signing key…</source>
      <translation>İmza anahtarı oluştur…</translation>
    </message>
    <message>
      <source>Export public key…</source>
      <translation>Açık anahtarı dışa aktar…</translation>
    </message>
    <message>
      <source>Register district key…</source>
      <translation>İlçe anahtarını kaydet…</translation>
    </message>
    <message>
      <source>Pin central key…</source>
      <translation>Merkez anahtarını sabitle…</translation>
    </message>
    <message>
      <source>Fingerprint of this workspace:</source>
      <translation>Bu çalışma alanının parmak izi:</translation>
    </message>
    <message>
      <source>District code:</source>
      <translation>İlçe kodu:</translation>
    </message>
    <message>
      <source>Fingerprint (as read out by the sender):</source>
      <translation>Parmak izi (gönderenin okuduğu gibi):</translation>
    </message>
    <message>
      <source>no key yet</source>
      <translation>henüz anahtar yok</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Parola</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>Yeni parola:</translation>
    </message>
    <message>
      <source>Repeat the passphrase:</source>
      <translation>Parolayı yineleyin:</translation>
    </message>
    <message>
      <source>Key created: {fp}</source>
      <translation>Anahtar oluşturuldu: {fp}</translation>
    </message>
    <message>
      <source>Export public key</source>
      <translation>Açık anahtarı dışa aktar</translation>
    </message>
    <message>
      <source>Public keys (*.pub)</source>
      <translation>Açık anahtarlar (*.pub)</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Yazıldı: {path}</translation>
    </message>
    <message>
      <source>Public key file</source>
      <translation>Açık anahtar dosyası</translation>
    </message>
    <message>
      <source>Key accepted: {fp}</source>
      <translation>Anahtar kabul edildi: {fp}</translation>
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
      <source>The saved map pack could not be opened, so the built-in İzmir map is shown. Install the pack again in Map ▸ Offline map packs.</source>
      <translation>Kayıtlı harita paketi açılamadığı için yerleşik İzmir haritası gösteriliyor. Paketi Harita ▸ Çevrimdışı harita paketleri bölümünden yeniden yükleyin.</translation>
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
      <source>Delete “{title}”</source>
      <translation>“{title}” projesini sil</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proje</translation>
    </message>
    <message>
      <source>EĞİTİM / TRAINING</source>
      <translation>EĞİTİM / TRAINING</translation>
    </message>
    <message>
      <source>&amp;Project</source>
      <translation>&amp;Proje</translation>
    </message>
    <message>
      <source>&amp;New project</source>
      <translation>&amp;Yeni proje</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Kaydet</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>&amp;Çoğalt</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>&amp;Sil…</translation>
    </message>
    <message>
      <source>&amp;Restore deleted project</source>
      <translation>Silinen projeyi &amp;geri getir</translation>
    </message>
    <message>
      <source>Your &amp;name in the history…</source>
      <translation>Geçmişte görünen &amp;adınız…</translation>
    </message>
    <message>
      <source>Reset &amp;training data…</source>
      <translation>&amp;Eğitim verisini sıfırla…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Çı&amp;kış</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Düzen</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Yinele</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Bul</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Görünüm</translation>
    </message>
    <message>
      <source>&amp;Larger text</source>
      <translation>Daha &amp;büyük yazı</translation>
    </message>
    <message>
      <source>&amp;Smaller text</source>
      <translation>Daha &amp;küçük yazı</translation>
    </message>
    <message>
      <source>&amp;Normal text size</source>
      <translation>&amp;Normal yazı boyutu</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Dil</translation>
    </message>
    <message>
      <source>&amp;Map</source>
      <translation>&amp;Harita</translation>
    </message>
    <message>
      <source>Offline map &amp;packs…</source>
      <translation>Çevrimdışı harita &amp;paketleri…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Yardım</translation>
    </message>
    <message>
      <source>&amp;About İZSA Desktop</source>
      <translation>İZSA Masaüstü &amp;hakkında</translation>
    </message>
    <message>
      <source>İZSA Desktop</source>
      <translation>İZSA Masaüstü</translation>
    </message>
    <message>
      <source>Loading projects…</source>
      <translation>Projeler yükleniyor…</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Kaydedildi.</translation>
    </message>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (kopya)</translation>
    </message>
    <message>
      <source>A copy was saved: edit it as needed.</source>
      <translation>Bir kopya kaydedildi: gerektiği gibi düzenleyin.</translation>
    </message>
    <message>
      <source>Delete project</source>
      <translation>Projeyi sil</translation>
    </message>
    <message>
      <source>Delete “{title}”?

It is kept as deleted and can be restored (Edit → Undo, or Project → Restore).</source>
      <translation>“{title}” silinsin mi?

Silinmiş olarak saklanır ve geri getirilebilir (Düzen → Geri al ya da Proje → Geri getir).</translation>
    </message>
    <message>
      <source>Project restored.</source>
      <translation>Proje geri getirildi.</translation>
    </message>
    <message>
      <source>“{title}” was deleted by {by} at {at} while you were editing it.</source>
      <translation>Siz düzenlerken “{title}” projesi {at} tarihinde {by} tarafından silindi.</translation>
    </message>
    <message>
      <source>“{title}” was changed by {by} at {at} while you were editing it.</source>
      <translation>Siz düzenlerken “{title}” projesi {at} tarihinde {by} tarafından değiştirildi.</translation>
    </message>
    <message>
      <source>Reload: the current version is shown and your changes are discarded. Keep mine: your version is saved over the current one, and the history records that you did so.</source>
      <translation>Yeniden yükle: güncel sürüm gösterilir ve değişiklikleriniz atılır. Benimkini koru: sizin sürümünüz güncel sürümün üzerine kaydedilir ve bunu yaptığınız geçmişe işlenir.</translation>
    </message>
    <message>
      <source>&amp;Keep mine</source>
      <translation>Benimkini &amp;koru</translation>
    </message>
    <message>
      <source>“{title}” was changed by {by} at {at} after you opened it.</source>
      <translation>Siz açtıktan sonra “{title}” projesi {at} tarihinde {by} tarafından değiştirildi.</translation>
    </message>
    <message>
      <source>Reload: the current version is shown and nothing is deleted. Delete anyway: the project is deleted as it is now, and the history records that you did so.</source>
      <translation>Yeniden yükle: güncel sürüm gösterilir ve hiçbir şey silinmez. Yine de sil: proje şimdiki hâliyle silinir ve bunu yaptığınız geçmişe işlenir.</translation>
    </message>
    <message>
      <source>&amp;Delete anyway</source>
      <translation>Yine de &amp;sil</translation>
    </message>
    <message>
      <source>Reload: the current version is shown and nothing is restored. Restore anyway: the project is restored as it is now, and the history records that you did so.</source>
      <translation>Yeniden yükle: güncel sürüm gösterilir ve hiçbir şey geri getirilmez. Yine de geri getir: proje şimdiki hâliyle geri getirilir ve bunu yaptığınız geçmişe işlenir.</translation>
    </message>
    <message>
      <source>R&amp;estore anyway</source>
      <translation>Yine de &amp;geri getir</translation>
    </message>
    <message>
      <source>Changed by someone else</source>
      <translation>Başka biri değiştirdi</translation>
    </message>
    <message>
      <source>&amp;Reload (discard mine)</source>
      <translation>&amp;Yeniden yükle (benimkini at)</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Adınız</translation>
    </message>
    <message>
      <source>The name recorded in the history for your changes (kept on this computer, for your account only):</source>
      <translation>Değişiklikleriniz için geçmişe yazılacak ad (yalnızca bu bilgisayarda, sizin hesabınız için saklanır):</translation>
    </message>
    <message>
      <source>Reset training data</source>
      <translation>Eğitim verisini sıfırla</translation>
    </message>
    <message>
      <source>Discard every change made in this training workspace and restore the sample data?</source>
      <translation>Bu eğitim çalışma alanında yapılan tüm değişiklikler silinip örnek veri geri yüklensin mi?</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Beklenmeyen hata</translation>
    </message>
  </context>
  <context>
    <name>MapPacksDialog</name>
    <message>
      <source>Offline map packs</source>
      <translation>Çevrimdışı harita paketleri</translation>
    </message>
    <message>
      <source>Installed map packs</source>
      <translation>Yüklü harita paketleri</translation>
    </message>
    <message>
      <source>&amp;Install MBTiles file…</source>
      <translation>MBTiles dosyası &amp;yükle…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Kaldır</translation>
    </message>
    <message>
      <source>MBTiles files made with QGIS, GDAL or QField work offline. New packs appear in maps opened after installing.</source>
      <translation>QGIS, GDAL ya da QField ile hazırlanmış MBTiles dosyaları çevrimdışı çalışır. Yeni paketler, yüklemeden sonra açılan haritalarda görünür.</translation>
    </message>
    <message>
      <source>Online tile layer (optional)</source>
      <translation>Çevrimiçi harita katmanı (isteğe bağlı)</translation>
    </message>
    <message>
      <source>Use an online tile layer when the network is available</source>
      <translation>Ağ varken çevrimiçi bir harita katmanı kullan</translation>
    </message>
    <message>
      <source>URL template:</source>
      <translation>Adres şablonu:</translation>
    </message>
    <message>
      <source>Attribution:</source>
      <translation>Kaynak gösterimi:</translation>
    </message>
    <message>
      <source>Viewed tiles are kept on disk and keep working offline. Changes apply after restarting the application.</source>
      <translation>Görüntülenen parçalar diskte saklanır ve çevrimdışı da çalışır. Değişiklikler uygulama yeniden başlatılınca geçerli olur.</translation>
    </message>
    <message>
      <source>{name} — zoom {minz}–{maxz}, {fmt}</source>
      <translation>{name} — yakınlaştırma {minz}–{maxz}, {fmt}</translation>
    </message>
    <message>
      <source>{name} — cannot be used; remove it and install the file again</source>
      <translation>{name} — kullanılamıyor; kaldırıp dosyayı yeniden yükleyin</translation>
    </message>
    <message>
      <source>Checking the map pack…</source>
      <translation>Harita paketi denetleniyor…</translation>
    </message>
    <message>
      <source>The map pack could not be installed: {error}</source>
      <translation>Harita paketi yüklenemedi: {error}</translation>
    </message>
    <message>
      <source>Install map pack</source>
      <translation>Harita paketi yükle</translation>
    </message>
    <message>
      <source>MBTiles map packs (*.mbtiles);;All files (*)</source>
      <translation>MBTiles harita paketleri (*.mbtiles);;Tüm dosyalar (*)</translation>
    </message>
  </context>
  <context>
    <name>MapTab</name>
    <message>
      <source>Map</source>
      <translation>Harita</translation>
    </message>
  </context>
  <context>
    <name>MatrixView</name>
    <message>
      <source>Projects per district and SDG goal. Click a cell to list its projects; click a goal's header to see its targets.</source>
      <translation>İlçe ve SKA amacına göre proje sayıları. Projelerini listelemek için bir hücreye, hedeflerini görmek için bir amacın başlığına tıklayın.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Toplam</translation>
    </message>
    <message>
      <source>{district}, SDG {goal}: {count} projects</source>
      <translation>{district}, SKA {goal}: {count} proje</translation>
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
      <source>Your changes to “{title}” were discarded: the version saved by {by} at {at} is shown.</source>
      <translation>“{title}” üzerindeki değişiklikleriniz atıldı: {by} tarafından {at} tarihinde kaydedilen sürüm gösteriliyor.</translation>
    </message>
    <message>
      <source>Your changes were not saved because {by} changed “{title}” at {at}; they are still in the form. Save again to choose what to do.</source>
      <translation>“{title}” projesi {at} tarihinde {by} tarafından değiştirildiği için değişiklikleriniz kaydedilmedi; formda duruyorlar. Ne yapılacağını seçmek için yeniden kaydedin.</translation>
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
      <source>The file is empty (0 bytes): it is not an İZSA workspace and was left as it is: {path}</source>
      <translation>Dosya boş (0 bayt): bir İZSA çalışma alanı değil, olduğu gibi bırakıldı: {path}</translation>
    </message>
    <message>
      <source>This is a folder, not a workspace file: {path}</source>
      <translation>Bu bir klasör, çalışma alanı dosyası değil: {path}</translation>
    </message>
    <message>
      <source>The workspace is damaged: {problem} Run “check” for the full list: {path}</source>
      <translation>Çalışma alanı hasarlı: {problem} Tam liste için “check” komutunu çalıştırın: {path}</translation>
    </message>
    <message>
      <source>The database file failed its integrity check: {detail}</source>
      <translation>Veritabanı dosyası bütünlük denetiminden geçemedi: {detail}</translation>
    </message>
    <message>
      <source>{count} row(s) point at records that do not exist (foreign keys).</source>
      <translation>{count} satır var olmayan kayıtlara işaret ediyor (yabancı anahtarlar).</translation>
    </message>
    <message>
      <source>The schema version is {found}, but this application needs {head}.</source>
      <translation>Şema sürümü {found}, ancak bu uygulama {head} sürümünü gerektiriyor.</translation>
    </message>
    <message>
      <source>Table {table} is missing.</source>
      <translation>{table} tablosu eksik.</translation>
    </message>
    <message>
      <source>Column {column} of table {table} is missing.</source>
      <translation>{table} tablosunun {column} sütunu eksik.</translation>
    </message>
    <message>
      <source>{count} value(s) in {table}.{column} are not valid JSON.</source>
      <translation>{table}.{column} içindeki {count} değer geçerli JSON değil.</translation>
    </message>
    <message>
      <source>{count} row(s) of {table} belong to a project that does not exist.</source>
      <translation>{table} tablosundaki {count} satır var olmayan bir projeye ait.</translation>
    </message>
    <message>
      <source>Sample data with seed {seed} is already in this workspace. Run without --seed to add new sample projects, or choose another seed.</source>
      <translation>{seed} tohum değerli örnek veriler bu çalışma alanında zaten var. Yeni örnek projeler eklemek için --seed olmadan çalıştırın ya da başka bir tohum değeri seçin.</translation>
    </message>
    <message>
      <source>The passphrase is too short: use at least {min} characters (a few words work well).</source>
      <translation>Parola çok kısa: en az {min} karakter kullanın (birkaç sözcükten oluşan bir parola iyi olur).</translation>
    </message>
    <message>
      <source>The passphrase is too simple: do not just repeat one or two characters.</source>
      <translation>Parola çok basit: yalnızca bir ya da iki karakteri tekrarlamayın.</translation>
    </message>
    <message>
      <source>{path} is not an ordinary file (it is a device, a pipe or a socket) and was not read.</source>
      <translation>{path} normal bir dosya değil (bir aygıt, kanal ya da soket); okunmadı.</translation>
    </message>
    <message>
      <source>The file {path} is larger than allowed (at most {limit} bytes) and was not read.</source>
      <translation>{path} dosyası izin verilenden büyük (en çok {limit} bayt); okunmadı.</translation>
    </message>
    <message>
      <source>{path} is not an ordinary file (it is a folder, a device, a pipe or a socket): nothing was written there. Choose another file name.</source>
      <translation>{path} normal bir dosya değil (bir klasör, aygıt, kanal ya da soket): oraya hiçbir şey yazılmadı. Başka bir dosya adı seçin.</translation>
    </message>
    <message>
      <source>The JSON value given with {option} is refused: it is nested more than {depth} levels deep, repeats a key, or holds a number that is too large or not finite.</source>
      <translation>{option} ile verilen JSON değeri reddedildi: {depth} düzeyden daha derin iç içe geçmiş, bir anahtarı yineliyor ya da çok büyük veya sonlu olmayan bir sayı içeriyor.</translation>
    </message>
    <message>
      <source>Unexpected error: {detail}</source>
      <translation>Beklenmeyen hata: {detail}</translation>
    </message>
    <message>
      <source>Error: {code}</source>
      <translation>Hata: {code}</translation>
    </message>
    <message>
      <source>This file is not an MBTiles map pack.</source>
      <translation>Bu dosya bir MBTiles harita paketi değil.</translation>
    </message>
    <message>
      <source>The map pack is damaged and cannot be read.</source>
      <translation>Harita paketi bozuk ve okunamıyor.</translation>
    </message>
    <message>
      <source>The map pack contains no map tiles.</source>
      <translation>Harita paketinde hiç harita parçası yok.</translation>
    </message>
    <message>
      <source>The map pack does not cover İzmir.</source>
      <translation>Harita paketi İzmir'i kapsamıyor.</translation>
    </message>
    <message>
      <source>The map pack uses a tile format this application cannot show (PNG, JPEG and WebP are supported).</source>
      <translation>Harita paketi bu uygulamanın gösteremediği bir parça biçimi kullanıyor (PNG, JPEG ve WebP desteklenir).</translation>
    </message>
    <message>
      <source>The map pack could not be checked within {seconds} seconds: its tables are damaged or never end. It was not installed.</source>
      <translation>Harita paketi {seconds} saniye içinde denetlenemedi: tabloları bozuk ya da hiç bitmiyor. Paket yüklenmedi.</translation>
    </message>
    <message>
      <source>Installing the map pack was cancelled. Nothing was installed.</source>
      <translation>Harita paketinin yüklenmesi iptal edildi. Hiçbir şey yüklenmedi.</translation>
    </message>
    <message>
      <source>The map pack was not installed: its tiles or metadata are not plain tables (views, triggers or computed columns are not accepted). Export the pack again from QGIS or GDAL.</source>
      <translation>Harita paketi yüklenmedi: harita parçaları ya da üst verileri düz tablo değil (görünüm, tetikleyici veya hesaplanan sütun kabul edilmez). Paketi QGIS ya da GDAL ile yeniden dışa aktarın.</translation>
    </message>
    <message>
      <source>The map pack could not be saved in the application's folder ({detail}). Nothing was installed.</source>
      <translation>Harita paketi uygulamanın klasörüne kaydedilemedi ({detail}). Hiçbir şey yüklenmedi.</translation>
    </message>
    <message>
      <source>This map pack was not installed by this version of the application. Install it again.</source>
      <translation>Bu harita paketi uygulamanın bu sürümüyle yüklenmemiş. Paketi yeniden yükleyin.</translation>
    </message>
    <message>
      <source>The disk is full: the export could not be written to {path}. Nothing was left behind.</source>
      <translation>Disk dolu: dışa aktarma {path} dosyasına yazılamadı. Yarım dosya bırakılmadı.</translation>
    </message>
    <message>
      <source>You do not have permission to write {path}. Choose another folder.</source>
      <translation>{path} dosyasına yazma izniniz yok. Başka bir klasör seçin.</translation>
    </message>
    <message>
      <source>The export could not be written to {path}: {detail}</source>
      <translation>Dışa aktarma {path} dosyasına yazılamadı: {detail}</translation>
    </message>
    <message>
      <source>The destination folder does not exist: {path}</source>
      <translation>Hedef klasör yok: {path}</translation>
    </message>
    <message>
      <source>The export was cancelled. No file was written.</source>
      <translation>Dışa aktarma iptal edildi. Hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
      <source>Unknown export format: {value}. Use csv, xlsx, geojson or pdf.</source>
      <translation>Bilinmeyen dışa aktarma biçimi: {value}. csv, xlsx, geojson veya pdf kullanın.</translation>
    </message>
    <message>
      <source>Invalid export option: {value}.</source>
      <translation>Geçersiz dışa aktarma seçeneği: {value}.</translation>
    </message>
    <message>
      <source>The report font (DejaVu Sans) is missing from the installation: {path}</source>
      <translation>Rapor yazı tipi (DejaVu Sans) kurulumda eksik: {path}</translation>
    </message>
    <message>
      <source>An attachment in the bundle does not match its signed hash.</source>
      <translation>Paketteki bir ek, imzalı özetiyle uyuşmuyor.</translation>
    </message>
    <message>
      <source>The bundle was changed after it was signed (content hash differs).</source>
      <translation>Paket imzalandıktan sonra değiştirilmiş (içerik özeti farklı).</translation>
    </message>
    <message>
      <source>The bundle's content is damaged.</source>
      <translation>Paketin içeriği bozuk.</translation>
    </message>
    <message>
      <source>The bundle's record counts do not match its contents.</source>
      <translation>Paketteki kayıt sayıları içerikle uyuşmuyor.</translation>
    </message>
    <message>
      <source>The bundle contains invalid encoded data ({what}).</source>
      <translation>Pakette geçersiz kodlanmış veri var ({what}).</translation>
    </message>
    <message>
      <source>The bundle does not contain the expected parts.</source>
      <translation>Paket beklenen bölümleri içermiyor.</translation>
    </message>
    <message>
      <source>The bundle contains a part twice.</source>
      <translation>Pakette bir bölüm iki kez var.</translation>
    </message>
    <message>
      <source>The bundle contains a part with a forbidden name.</source>
      <translation>Pakette adı yasak olan bir bölüm var.</translation>
    </message>
    <message>
      <source>A part of the bundle is larger than allowed.</source>
      <translation>Paketin bir bölümü izin verilenden büyük.</translation>
    </message>
    <message>
      <source>The bundle contains a part that is not in its signed list.</source>
      <translation>Pakette imzalı listede olmayan bir bölüm var.</translation>
    </message>
    <message>
      <source>The bundle's signature envelope is malformed.</source>
      <translation>Paketin imza zarfı hatalı.</translation>
    </message>
    <message>
      <source>The bundle's signature envelope is too large.</source>
      <translation>Paketin imza zarfı çok büyük.</translation>
    </message>
    <message>
      <source>ALARM: bundle {seq} from {district} was already imported with different content. Two installations may be using the same key (a cloned computer or a restored backup). Nothing was imported; contact the district.</source>
      <translation>ALARM: {district} ilçesinin {seq} numaralı paketi daha önce farklı bir içerikle alındı. Aynı anahtarı iki kurulum kullanıyor olabilir (kopyalanmış bilgisayar veya geri yüklenmiş yedek). Hiçbir şey alınmadı; ilçeyle görüşün.</translation>
    </message>
    <message>
      <source>The bundle could not be created (invalid settings).</source>
      <translation>Paket oluşturulamadı (geçersiz ayarlar).</translation>
    </message>
    <message>
      <source>This bundle was made with a format this application does not know. Update the application.</source>
      <translation>Bu paket, bu uygulamanın tanımadığı bir biçimde. Uygulamayı güncelleyin.</translation>
    </message>
    <message>
      <source>The bundle contains invalid data ({entry}, line {line}).</source>
      <translation>Pakette geçersiz veri var ({entry}, satır {line}).</translation>
    </message>
    <message>
      <source>This is a {kind} bundle; a {expected} bundle was expected here.</source>
      <translation>Bu bir {kind} paketi; burada {expected} paketi bekleniyordu.</translation>
    </message>
    <message>
      <source>The bundle file is incomplete or has extra data appended.</source>
      <translation>Paket dosyası eksik ya da sonuna fazladan veri eklenmiş.</translation>
    </message>
    <message>
      <source>The bundle's signed description is invalid.</source>
      <translation>Paketin imzalı açıklaması geçersiz.</translation>
    </message>
    <message>
      <source>This file is not an İZSA bundle.</source>
      <translation>Bu dosya bir İZSA paketi değil.</translation>
    </message>
    <message>
      <source>The bundle contains personal data although it says it does not.</source>
      <translation>Paket, içermediğini belirttiği halde kişisel veri içeriyor.</translation>
    </message>
    <message>
      <source>The bundle contains the same record twice.</source>
      <translation>Pakette aynı kayıt iki kez var.</translation>
    </message>
    <message>
      <source>The bundle contains records of another district ({district}).</source>
      <translation>Pakette başka bir ilçenin kayıtları var ({district}).</translation>
    </message>
    <message>
      <source>The bundle contains an invalid record ({entry}, line {line}, field {field}).</source>
      <translation>Pakette geçersiz bir kayıt var ({entry}, satır {line}, alan {field}).</translation>
    </message>
    <message>
      <source>This is an older bundle ({seq}) from {district}; bundle {last_seen} was already imported. Nothing was changed.</source>
      <translation>Bu, {district} ilçesinden daha eski bir paket ({seq}); {last_seen} numaralı paket zaten alındı. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
      <source>This bundle was made by a newer version of the application. Update the application.</source>
      <translation>Bu paket uygulamanın daha yeni bir sürümüyle yapılmış. Uygulamayı güncelleyin.</translation>
    </message>
    <message>
      <source>The bundle's data version is not known.</source>
      <translation>Paketin veri sürümü bilinmiyor.</translation>
    </message>
    <message>
      <source>The bundle's signature is not valid: the file was changed or damaged.</source>
      <translation>Paketin imzası geçerli değil: dosya değiştirilmiş ya da bozulmuş.</translation>
    </message>
    <message>
      <source>The bundle names a different signer than the one that signed it.</source>
      <translation>Paket, onu imzalayandan farklı bir imzacı gösteriyor.</translation>
    </message>
    <message>
      <source>The bundle is larger than allowed.</source>
      <translation>Paket izin verilenden büyük.</translation>
    </message>
    <message>
      <source>The bundle has too many parts.</source>
      <translation>Pakette çok fazla bölüm var.</translation>
    </message>
    <message>
      <source>The bundle has too many records.</source>
      <translation>Pakette çok fazla kayıt var.</translation>
    </message>
    <message>
      <source>This bundle comes from a training installation and is refused here.</source>
      <translation>Bu paket bir eğitim kurulumundan geliyor ve burada kabul edilmiyor.</translation>
    </message>
    <message>
      <source>The bundle file is incomplete.</source>
      <translation>Paket dosyası eksik.</translation>
    </message>
    <message>
      <source>The file {path} could not be read: {detail}</source>
      <translation>{path} dosyası okunamadı: {detail}</translation>
    </message>
    <message>
      <source>The file {path} could not be written: {detail}</source>
      <translation>{path} dosyası yazılamadı: {detail}</translation>
    </message>
    <message>
      <source>Another bundle from {district} is in this selection; import this one afterwards.</source>
      <translation>Bu seçimde {district} ilçesinden başka bir paket daha var; bu paketi ondan sonra alın.</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>Alma işlemi iptal edildi; hiçbir şey değişmedi.</translation>
    </message>
    <message>
      <source>This key is already registered for {district}.</source>
      <translation>Bu anahtar {district} için zaten kayıtlı.</translation>
    </message>
    <message>
      <source>The key file belongs to {file_district}, not to {district}.</source>
      <translation>Anahtar dosyası {district} ilçesine değil, {file_district} ilçesine ait.</translation>
    </message>
    <message>
      <source>This workspace already has a signing key.</source>
      <translation>Bu çalışma alanının zaten bir imza anahtarı var.</translation>
    </message>
    <message>
      <source>The key file is invalid or damaged.</source>
      <translation>Anahtar dosyası geçersiz ya da bozuk.</translation>
    </message>
    <message>
      <source>The fingerprint does not match the key of {district}. The key was NOT registered: check the fingerprint with the sender by phone or on paper.</source>
      <translation>Parmak izi {district} anahtarıyla uyuşmuyor. Anahtar KAYDEDİLMEDİ: parmak izini gönderenle telefonda ya da kâğıt üzerinde karşılaştırın.</translation>
    </message>
    <message>
      <source>This workspace has no signing key yet: create one first (keys init).</source>
      <translation>Bu çalışma alanının henüz imza anahtarı yok: önce bir anahtar oluşturun (keys init).</translation>
    </message>
    <message>
      <source>The key of {district} is not valid for bundle {seq} yet.</source>
      <translation>{district} anahtarı {seq} numaralı paket için henüz geçerli değil.</translation>
    </message>
    <message>
      <source>The key of {district} was revoked from bundle {revoked_from_seq}; bundle {seq} is refused.</source>
      <translation>{district} anahtarı {revoked_from_seq} numaralı paketten itibaren iptal edildi; {seq} numaralı paket reddedildi.</translation>
    </message>
    <message>
      <source>The key change statement in the bundle is not valid ({reason}).</source>
      <translation>Paketteki anahtar değişikliği bildirimi geçerli değil ({reason}).</translation>
    </message>
    <message>
      <source>The bundle is signed with a key that is not registered for {district}.</source>
      <translation>Paket, {district} için kayıtlı olmayan bir anahtarla imzalanmış.</translation>
    </message>
    <message>
      <source>There is no open conflict here ({id}).</source>
      <translation>Burada açık bir çakışma yok ({id}).</translation>
    </message>
    <message>
      <source>The passphrase cannot be empty.</source>
      <translation>Parola boş olamaz.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>İki parola birbirinden farklı.</translation>
    </message>
    <message>
      <source>The data changed since the preview was made; make the preview again.</source>
      <translation>Önizleme yapıldıktan sonra veriler değişti; önizlemeyi yeniden yapın.</translation>
    </message>
    <message>
      <source>This import cannot be undone: {count} of its records were changed later.</source>
      <translation>Bu alma işlemi geri alınamaz: kayıtlarından {count} tanesi daha sonra değiştirildi.</translation>
    </message>
    <message>
      <source>No import {bundle_id} that could be undone.</source>
      <translation>Geri alınabilecek {bundle_id} alma işlemi yok.</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Parola yanlış.</translation>
    </message>
    <message>
      <source>This works only in a {expected} workspace (this one is {actual}).</source>
      <translation>Bu işlem yalnızca {expected} çalışma alanında yapılabilir (bu alan: {actual}).</translation>
    </message>
    <message>
      <source>The bundle contains a record the form would not save ({entry}, line {line}, record {id}, field {field}, value {value}). Nothing was imported.</source>
      <translation>Pakette formun kaydetmeyeceği bir kayıt var ({entry}, satır {line}, kayıt {id}, alan {field}, değer {value}). Hiçbir şey alınmadı.</translation>
    </message>
    <message>
      <source>This file could not be read as a bundle ({detail}). The other files are not affected.</source>
      <translation>Bu dosya paket olarak okunamadı ({detail}). Diğer dosyalar bundan etkilenmez.</translation>
    </message>
    <message>
      <source>The bundle attaches a file to a project it does not carry as its own ({entry}, line {line}, record {id}). Nothing was imported.</source>
      <translation>Paket, kendi kaydı olarak taşımadığı bir projeye dosya ekliyor ({entry}, satır {line}, kayıt {id}). Hiçbir şey alınmadı.</translation>
    </message>
    <message>
      <source>A district bundle may not carry review decisions ({entry}, line {line}). Nothing was imported.</source>
      <translation>İlçe paketi inceleme kararı taşıyamaz ({entry}, satır {line}). Hiçbir şey alınmadı.</translation>
    </message>
    <message>
      <source>The dataset was not created: record {id} would be refused by the districts (field {field}, value {value}). Correct the record and export again.</source>
      <translation>Veri seti oluşturulmadı: {id} kaydı ilçeler tarafından reddedilirdi (alan {field}, değer {value}). Kaydı düzeltip yeniden dışa aktarın.</translation>
    </message>
    <message>
      <source>Unknown currency: {value}. Use an ISO 4217 code such as TRY, EUR or USD.</source>
      <translation>Bilinmeyen para birimi: {value}. TRY, EUR veya USD gibi bir ISO 4217 kodu kullanın.</translation>
    </message>
    <message>
      <source>This text is too long (at most {max} characters).</source>
      <translation>Bu metin çok uzun (en fazla {max} karakter).</translation>
    </message>
    <message>
      <source>This value has the wrong form.</source>
      <translation>Bu değerin biçimi yanlış.</translation>
    </message>
    <message>
      <source>Too many rows (at most {max}).</source>
      <translation>Çok fazla satır var (en fazla {max}).</translation>
    </message>
    <message>
      <source>The same value is selected twice.</source>
      <translation>Aynı değer iki kez seçilmiş.</translation>
    </message>
    <message>
      <source>A row has the wrong form.</source>
      <translation>Bir satırın biçimi yanlış.</translation>
    </message>
    <message>
      <source>A cell is too long (at most {max} characters).</source>
      <translation>Bir hücre çok uzun (en fazla {max} karakter).</translation>
    </message>
    <message>
      <source>A web address is too long (at most {max} characters).</source>
      <translation>Bir web adresi çok uzun (en fazla {max} karakter).</translation>
    </message>
    <message>
      <source>The extra sites or the project area are not valid (at most {sites} sites and one area of at most {corners} corners, coordinates within range).</source>
      <translation>Ek konumlar ya da proje alanı geçerli değil (en fazla {sites} konum ve en fazla {corners} köşeli tek bir alan olabilir; koordinatlar geçerli aralıkta olmalı).</translation>
    </message>
    <message>
      <source>The source and the target are the same workspace: {target}</source>
      <translation>Kaynak ile hedef aynı çalışma alanı: {target}</translation>
    </message>
    <message>
      <source>The target already holds data (table {table}); a move only fills an empty workspace: {target}</source>
      <translation>Hedefte zaten veri var ({table} tablosu); taşıma yalnızca boş bir çalışma alanını doldurur: {target}</translation>
    </message>
    <message>
      <source>The source and the target have different tables ({tables}); update the application first.</source>
      <translation>Kaynak ile hedefin tabloları farklı ({tables}); önce uygulamayı güncelleyin.</translation>
    </message>
    <message>
      <source>“{title}” was changed by {by} at {at} while you were editing it. Your changes were not saved: reopen the project to see the current version, then make your changes again.</source>
      <translation>“{title}”, siz düzenlerken {by} tarafından {at} zamanında değiştirildi. Değişiklikleriniz kaydedilmedi: güncel sürümü görmek için projeyi yeniden açın ve değişikliklerinizi tekrar yapın.</translation>
    </message>
    <message>
      <source>The PostgreSQL server asks for a password for {target}: put it in ~/.pgpass or PGPASSWORD, or run the command in a terminal to be asked for it.</source>
      <translation>PostgreSQL sunucusu {target} için parola istiyor: parolayı ~/.pgpass dosyasına ya da PGPASSWORD değişkenine yazın veya komutu bir terminalde çalıştırıp sorulduğunda girin.</translation>
    </message>
    <message>
      <source>The PostgreSQL server refused the password for {target}.</source>
      <translation>PostgreSQL sunucusu {target} için parolayı kabul etmedi.</translation>
    </message>
    <message>
      <source>Index {name} is invalid (rebuild it with REINDEX).</source>
      <translation>{name} dizini geçersiz (REINDEX ile yeniden oluşturun).</translation>
    </message>
    <message>
      <source>Search index {name} is missing.</source>
      <translation>{name} arama dizini eksik.</translation>
    </message>
    <message>
      <source>{count} project identifier(s) occur more than once.</source>
      <translation>{count} proje kimliği birden fazla kez geçiyor.</translation>
    </message>
    <message>
      <source>The sequence of {name} is behind the data (new rows would collide).</source>
      <translation>{name} sayacı verinin gerisinde kalmış (yeni satırlar çakışır).</translation>
    </message>
    <message>
      <source>Only a workspace file can be backed up here; back up a PostgreSQL database with pg_dump.</source>
      <translation>Burada yalnızca çalışma alanı dosyası yedeklenebilir; PostgreSQL veritabanını pg_dump ile yedekleyin.</translation>
    </message>
    <message>
      <source>The backup {path} does not exist.</source>
      <translation>{path} yedeği yok.</translation>
    </message>
    <message>
      <source>The backup {path} cannot be checked: its description file ({path}.json) is missing or unreadable. Copy both files together.</source>
      <translation>{path} yedeği denetlenemiyor: açıklama dosyası ({path}.json) yok ya da okunamıyor. İki dosyayı birlikte kopyalayın.</translation>
    </message>
    <message>
      <source>The backup {path} is not the one that was made: its content hash does not match. Nothing was changed.</source>
      <translation>{path} yedeği alındığı hâliyle değil: içerik özeti tutmuyor. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <source>The backup {path} is damaged ({detail}). Nothing was changed.</source>
      <translation>{path} yedeği bozuk ({detail}). Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <source>The folder {path} does not exist.</source>
      <translation>{path} klasörü yok.</translation>
    </message>
    <message>
      <source>The backup could not be written to {path}: {detail}</source>
      <translation>Yedek {path} konumuna yazılamadı: {detail}</translation>
    </message>
    <message>
      <source>Cancelled. Nothing was changed.</source>
      <translation>İptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <source>This backup belongs to another workspace ({role}, {district}); it was not restored.</source>
      <translation>Bu yedek başka bir çalışma alanına ait ({role}, {district}); geri yüklenmedi.</translation>
    </message>
    <message>
      <source>This is not a valid key backup file.</source>
      <translation>Bu geçerli bir anahtar yedeği dosyası değil.</translation>
    </message>
    <message>
      <source>This key backup belongs to {signer}, not to this workspace ({workspace}).</source>
      <translation>Bu anahtar yedeği {signer} için; bu çalışma alanına ({workspace}) ait değil.</translation>
    </message>
    <message>
      <source>A training key and a real key cannot be exchanged: this key backup does not fit this workspace.</source>
      <translation>Eğitim anahtarı ile gerçek anahtar birbirinin yerine kullanılamaz: bu anahtar yedeği bu çalışma alanına uymuyor.</translation>
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
      <source>The saved map pack could not be opened, so the built-in İzmir map is shown. Install the pack again in Map ▸ Offline map packs.</source>
      <translation>Kayıtlı harita paketi açılamadığı için yerleşik İzmir haritası gösteriliyor. Paketi Harita ▸ Çevrimdışı harita paketleri bölümünden yeniden yükleyin.</translation>
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
      <source>This project could not be shown: one of its values cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</source>
      <translation>Bu proje gösterilemedi: değerlerinden biri okunamıyor. Projenin hiçbir bilgisi burada gösterilmiyor; bu pencerede düzenlenemez ve kaydedilemez.</translation>
    </message>
    <message>
      <source>Additional sites and project area</source>
      <translation>Ek noktalar ve proje alanı</translation>
    </message>
    <message>
      <source>This project could not be shown: its value “{field}” (tab {tab}) cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</source>
      <translation>Bu proje gösterilemedi: “{field}” değeri ({tab} sekmesi) okunamıyor. Projenin hiçbir bilgisi burada gösterilmiyor; bu pencerede düzenlenemez ve kaydedilemez.</translation>
    </message>
    <message>
      <source>This project could not be shown: its value “{field}” cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</source>
      <translation>Bu proje gösterilemedi: “{field}” değeri okunamıyor. Projenin hiçbir bilgisi burada gösterilmiyor; bu pencerede düzenlenemez ve kaydedilemez.</translation>
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
      <translation>Ad, amaç, paydaş ara… (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search projects</source>
      <translation>Projelerde ara</translation>
    </message>
    <message>
      <source>All districts</source>
      <translation>Tüm ilçeler</translation>
    </message>
    <message>
      <source>District filter</source>
      <translation>İlçe süzgeci</translation>
    </message>
    <message>
      <source>All SDGs</source>
      <translation>Tüm SKA'lar</translation>
    </message>
    <message>
      <source>SDG filter</source>
      <translation>SKA süzgeci</translation>
    </message>
    <message>
      <source>All WHO themes</source>
      <translation>Tüm DSÖ temaları</translation>
    </message>
    <message>
      <source>WHO theme filter</source>
      <translation>DSÖ teması süzgeci</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tüm durumlar</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Durum süzgeci</translation>
    </message>
    <message>
      <source>Show deleted</source>
      <translation>Silinenleri göster</translation>
    </message>
    <message>
      <source>Deleted projects are kept and can be restored</source>
      <translation>Silinen projeler saklanır ve geri getirilebilir</translation>
    </message>
    <message>
      <source>Project list</source>
      <translation>Proje listesi</translation>
    </message>
    <message>
      <source>{visible} of {total} projects shown</source>
      <translation>{total} projeden {visible} tanesi gösteriliyor</translation>
    </message>
  </context>
  <context>
    <name>ProjectTableModel</name>
    <message>
      <source>Title</source>
      <translation>Proje adı</translation>
    </message>
    <message>
      <source>District</source>
      <translation>İlçe</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Durum</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Başlangıç</translation>
    </message>
    <message>
      <source>Primary SDG</source>
      <translation>Birincil SKA</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>SKA'lar</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>İnceleme</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Güncelleme</translation>
    </message>
    <message>
      <source>Deleted (can be restored)</source>
      <translation>Silindi (geri getirilebilir)</translation>
    </message>
    <message>
      <source>From the central dataset (read-only)</source>
      <translation>Merkez veri setinden (salt okunur)</translation>
    </message>
  </context>
  <context>
    <name>ResourcesSection</name>
    <message>
      <source>TL</source>
      <translation>TL</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Para birimi</translation>
    </message>
    <message>
      <source>The currency of the budget: never converted</source>
      <translation>Bütçenin para birimi: hiçbir zaman çevrilmez</translation>
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
      <source>Budget</source>
      <translation>Bütçe</translation>
    </message>
    <message>
      <source>Budget amount</source>
      <translation>Bütçe tutarı</translation>
    </message>
    <message>
      <source>(no currency)</source>
      <translation>(para birimi yok)</translation>
    </message>
    <message>
      <source>At most two decimals, e.g. {example}.</source>
      <translation>En fazla iki ondalık basamak, ör. {example}.</translation>
    </message>
    <message>
      <source>The budget is in {currency}: type the amount without another currency's sign, or choose that currency.</source>
      <translation>Bütçe {currency} cinsinden: tutarı başka bir para biriminin işareti olmadan yazın ya da o para birimini seçin.</translation>
    </message>
    <message>
      <source>Type an amount in {currency}, e.g. {example}.</source>
      <translation>Tutarı {currency} olarak yazın, ör. {example}.</translation>
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
    <message>
      <source>Progress update {row}: {problem}</source>
      <translation>{row}. ilerleme notu: {problem}</translation>
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
      <translation>İptal</translation>
    </message>
  </context>
  <context>
    <name>ScorecardView</name>
    <message>
      <source>Readiness 0-100 weighs: required fields 30, SDG targets 20, precise location 15, results 15, beneficiaries 10, English title 10.</source>
      <translation>Hazırlık puanı (0-100) ağırlıkları: zorunlu alanlar 30, SKA hedefleri 20, kesin konum 15, sonuçlar 15, yararlanıcılar 10, İngilizce başlık 10.</translation>
    </message>
    <message>
      <source>District</source>
      <translation>İlçe</translation>
    </message>
    <message>
      <source>Readiness</source>
      <translation>Hazırlık</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projeler</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>Son etkinlik</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Sonraki adımlar</translation>
    </message>
    <message>
      <source>{date} (import)</source>
      <translation>{date} (içe aktarma)</translation>
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
      <translation>İZSA Masaüstü – ilk kurulum</translation>
    </message>
  </context>
  <context>
    <name>SimilarPanel</name>
    <message>
      <source>Similar projects</source>
      <translation>Benzer projeler</translation>
    </message>
    <message>
      <source>Type a title to see similar projects.</source>
      <translation>Benzer projeleri görmek için bir başlık yazın.</translation>
    </message>
    <message>
      <source>Find similar projects</source>
      <translation>Benzer projeleri bul</translation>
    </message>
    <message>
      <source>In this district</source>
      <translation>Bu ilçede</translation>
    </message>
    <message>
      <source>In other districts</source>
      <translation>Diğer ilçelerde</translation>
    </message>
    <message>
      <source>Similar projects appear as you type, or on request.</source>
      <translation>Benzer projeler siz yazdıkça ya da istediğinizde gösterilir.</translation>
    </message>
    <message>
      <source>Preparing the similarity index…</source>
      <translation>Benzerlik dizini hazırlanıyor…</translation>
    </message>
    <message>
      <source>Double-click a project to open it.</source>
      <translation>Açmak için projeye çift tıklayın.</translation>
    </message>
    <message>
      <source>No similar projects yet.</source>
      <translation>Henüz benzer proje yok.</translation>
    </message>
    <message>
      <source>central copy</source>
      <translation>merkez kopyası</translation>
    </message>
    <message>
      <source>words: {words}</source>
      <translation>sözcükler: {words}</translation>
    </message>
    <message>
      <source>targets: {targets}</source>
      <translation>hedefler: {targets}</translation>
    </message>
    <message>
      <source>{km:.1f} km away</source>
      <translation>{km:.1f} km uzakta</translation>
    </message>
  </context>
  <context>
    <name>TargetsView</name>
    <message>
      <source>Back to the matrix</source>
      <translation>Tabloya dön</translation>
    </message>
  </context>
  <context>
    <name>_OfficePage</name>
    <message>
      <source>Your office</source>
      <translation>Biriminiz</translation>
    </message>
    <message>
      <source>District</source>
      <translation>İlçe</translation>
    </message>
    <message>
      <source>Office name</source>
      <translation>Birim adı</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Adınız</translation>
    </message>
    <message>
      <source>&amp;District:</source>
      <translation>İ&amp;lçe:</translation>
    </message>
    <message>
      <source>&amp;Office name:</source>
      <translation>&amp;Birim adı:</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>&amp;Adınız:</translation>
    </message>
    <message>
      <source>İzmir Metropolitan Municipality – Sustainability Network (İZSA)</source>
      <translation>İzmir Büyükşehir Belediyesi – İzmir Sürdürülebilirlik Ağı (İZSA)</translation>
    </message>
    <message>
      <source>The central office verifies and merges the districts' bundles.</source>
      <translation>Merkez ofis ilçelerin paketlerini doğrular ve birleştirir.</translation>
    </message>
    <message>
      <source>Projects you enter belong to this district.</source>
      <translation>Girdiğiniz projeler bu ilçeye ait olur.</translation>
    </message>
    <message>
      <source>{district} Municipality</source>
      <translation>{district} Belediyesi</translation>
    </message>
  </context>
  <context>
    <name>_RolePage</name>
    <message>
      <source>Welcome to İZSA Desktop</source>
      <translation>İZSA Masaüstü'ne hoş geldiniz</translation>
    </message>
    <message>
      <source>Who will use this workspace? You can record projects offline; they are shared later as signed bundles.</source>
      <translation>Bu çalışma alanını kim kullanacak? Projeleri çevrimdışı kaydedebilirsiniz; daha sonra imzalı paketler olarak paylaşılır.</translation>
    </message>
    <message>
      <source>A &amp;district municipality office</source>
      <translation>Bir &amp;ilçe belediyesi</translation>
    </message>
    <message>
      <source>The &amp;metropolitan central office (merges all districts)</source>
      <translation>&amp;Büyükşehir merkez ofisi (tüm ilçeleri birleştirir)</translation>
    </message>
  </context>
</TS>
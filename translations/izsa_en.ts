<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AboutBox</name>
    <message>
      <source>İZSA Desktop: the sustainability project inventory of İzmir's district municipalities.</source>
      <translation>İZSA Desktop: the sustainability project inventory of İzmir's district municipalities.</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <source>Workspace format (schema): {schema}</source>
      <translation>Workspace format (schema): {schema}</translation>
    </message>
    <message>
      <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
      <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
      <source>Map data © OpenStreetMap contributors (ODbL). Neighbourhood points: Who's On First, GeoNames (CC BY 4.0). SDG texts: Open SDG (MIT).</source>
      <translation>Map data © OpenStreetMap contributors (ODbL). Neighbourhood points: Who's On First, GeoNames (CC BY 4.0). SDG texts: Open SDG (MIT).</translation>
    </message>
    <message>
      <source>About İZSA Desktop</source>
      <translation>About İZSA Desktop</translation>
    </message>
  </context>
  <context>
    <name>AlignmentSection</name>
    <message>
      <source>Sustainable Development Goals</source>
      <translation>Sustainable Development Goals</translation>
    </message>
    <message>
      <source>e.g. Strategic plan 2025–2029, goal 3.2 (optional)</source>
      <translation>e.g. Strategic plan 2025–2029, goal 3.2 (optional)</translation>
    </message>
    <message>
      <source>&amp;SDG goals:</source>
      <translation>&amp;SDG goals:</translation>
    </message>
    <message>
      <source>&amp;WHO Healthy Cities themes:</source>
      <translation>&amp;WHO Healthy Cities themes:</translation>
    </message>
    <message>
      <source>Local strategic &amp;plan goal:</source>
      <translation>Local strategic &amp;plan goal:</translation>
    </message>
  </context>
  <context>
    <name>Argparse</name>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>the following arguments are required: %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>expected one argument</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>not allowed with argument %s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>usage: </translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>positional arguments</translation>
    </message>
    <message>
      <source>options</source>
      <translation>options</translation>
    </message>
  </context>
  <context>
    <name>BackupMenu</name>
    <message>
      <source>Repeat:</source>
      <translation>Repeat:</translation>
    </message>
    <message>
      <source>Back up to a folder (USB stick, network share)</source>
      <translation>Back up to a folder (USB stick, network share)</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({count} projects)</source>
      <translation>Backup written and verified: {path} ({count} projects)</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Writing the backup…</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <source>İZSA workspace backups (*.sqlite)</source>
      <translation>İZSA workspace backups (*.sqlite)</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Checking the backup…</translation>
    </message>
    <message>
      <source>The backup is intact: {count} projects, made {at}.</source>
      <translation>The backup is intact: {count} projects, made {at}.</translation>
    </message>
    <message>
      <source>Replace the workspace with it? The current workspace is kept as a backup, and the window reopens.</source>
      <translation>Replace the workspace with it? The current workspace is kept as a backup, and the window reopens.</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Restoring the backup…</translation>
    </message>
    <message>
      <source>Workspace restored ({count} projects).</source>
      <translation>Workspace restored ({count} projects).</translation>
    </message>
    <message>
      <source>The replaced workspace was kept: {path}</source>
      <translation>The replaced workspace was kept: {path}</translation>
    </message>
    <message>
      <source>Back up the signing key</source>
      <translation>Back up the signing key</translation>
    </message>
    <message>
      <source>The key is written to a file encrypted with a backup passphrase of its own. Keep the file away from this PC (a USB stick in a locked drawer) and the passphrase somewhere else.</source>
      <translation>The key is written to a file encrypted with a backup passphrase of its own. Keep the file away from this PC (a USB stick in a locked drawer) and the passphrase somewhere else.</translation>
    </message>
    <message>
      <source>Passphrase of the signing key:</source>
      <translation>Passphrase of the signing key:</translation>
    </message>
    <message>
      <source>New backup passphrase:</source>
      <translation>New backup passphrase:</translation>
    </message>
    <message>
      <source>Save the key backup</source>
      <translation>Save the key backup</translation>
    </message>
    <message>
      <source>Key backups (*.izsakey)</source>
      <translation>Key backups (*.izsakey)</translation>
    </message>
    <message>
      <source>Key backup written to {path} (fingerprint {fingerprint}).</source>
      <translation>Key backup written to {path} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
      <source>Encrypting the key…</source>
      <translation>Encrypting the key…</translation>
    </message>
    <message>
      <source>Restore the signing key</source>
      <translation>Restore the signing key</translation>
    </message>
    <message>
      <source>Type the backup passphrase, then choose the passphrase the key gets on this PC.</source>
      <translation>Type the backup passphrase, then choose the passphrase the key gets on this PC.</translation>
    </message>
    <message>
      <source>Backup passphrase:</source>
      <translation>Backup passphrase:</translation>
    </message>
    <message>
      <source>New passphrase of the signing key:</source>
      <translation>New passphrase of the signing key:</translation>
    </message>
    <message>
      <source>Key of {signer} restored: {fingerprint}. The next bundle will be number {seq}.</source>
      <translation>Key of {signer} restored: {fingerprint}. The next bundle will be number {seq}.</translation>
    </message>
    <message>
      <source>Decrypting the key…</source>
      <translation>Decrypting the key…</translation>
    </message>
    <message>
      <source>&amp;Backups</source>
      <translation>&amp;Backups</translation>
    </message>
    <message>
      <source>&amp;Back up to…</source>
      <translation>&amp;Back up to…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
      <source>Back up the signing &amp;key…</source>
      <translation>Back up the signing &amp;key…</translation>
    </message>
    <message>
      <source>Restore the signing k&amp;ey…</source>
      <translation>Restore the signing k&amp;ey…</translation>
    </message>
  </context>
  <context>
    <name>BatchPreviewDialog</name>
    <message>
      <source>Import {count} bundles</source>
      <translation>Import {count} bundles</translation>
    </message>
    <message>
      <source>{ready} of {count} bundles can be imported together. New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Likely duplicates: {duplicates}</source>
      <translation>{ready} of {count} bundles can be imported together. New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Likely duplicates: {duplicates}</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>District</source>
      <translation>District</translation>
    </message>
    <message>
      <source>Bundle</source>
      <translation>Bundle</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>Likely duplicates</source>
      <translation>Likely duplicates</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Already imported: nothing to do.</source>
      <translation>Already imported: nothing to do.</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
  </context>
  <context>
    <name>BundleActions</name>
    <message>
      <source>Bundles</source>
      <translation>Bundles</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Passphrase of the signing key:</source>
      <translation>Passphrase of the signing key:</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Export bundle</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>Export dataset</translation>
    </message>
    <message>
      <source>İZSA bundles (*.izsa)</source>
      <translation>İZSA bundles (*.izsa)</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Written: {path}</translation>
    </message>
    <message>
      <source>Import bundle</source>
      <translation>Import bundle</translation>
    </message>
    <message>
      <source>İZSA bundles (*.izsa);;All files (*)</source>
      <translation>İZSA bundles (*.izsa);;All files (*)</translation>
    </message>
    <message>
      <source>Choose one dataset file at a time.</source>
      <translation>Choose one dataset file at a time.</translation>
    </message>
    <message>
      <source>Checking the bundles…</source>
      <translation>Checking the bundles…</translation>
    </message>
    <message>
      <source>Imported {count} bundles.</source>
      <translation>Imported {count} bundles.</translation>
    </message>
    <message>
      <source>Checking the bundle…</source>
      <translation>Checking the bundle…</translation>
    </message>
    <message>
      <source>Checking the dataset…</source>
      <translation>Checking the dataset…</translation>
    </message>
    <message>
      <source>This bundle was already imported: nothing to do.</source>
      <translation>This bundle was already imported: nothing to do.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Imported bundle {seq} from {district}.</source>
      <translation>Imported bundle {seq} from {district}.</translation>
    </message>
    <message>
      <source>Import dataset</source>
      <translation>Import dataset</translation>
    </message>
  </context>
  <context>
    <name>BundleMenu</name>
    <message>
      <source>&amp;Bundles</source>
      <translation>&amp;Bundles</translation>
    </message>
    <message>
      <source>Export bundle…</source>
      <translation>Export bundle…</translation>
    </message>
    <message>
      <source>Import bundle…</source>
      <translation>Import bundle…</translation>
    </message>
    <message>
      <source>Export dataset…</source>
      <translation>Export dataset…</translation>
    </message>
    <message>
      <source>Import dataset…</source>
      <translation>Import dataset…</translation>
    </message>
    <message>
      <source>Keys…</source>
      <translation>Keys…</translation>
    </message>
    <message>
      <source>Conflicts…</source>
      <translation>Conflicts…</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>see {prog} --help</source>
      <translation>see {prog} --help</translation>
    </message>
    <message>
      <source>write the signing key to an encrypted backup file</source>
      <translation>write the signing key to an encrypted backup file</translation>
    </message>
    <message>
      <source>import the signing key from a backup file</source>
      <translation>import the signing key from a backup file</translation>
    </message>
    <message>
      <source>workspace backups</source>
      <translation>workspace backups</translation>
    </message>
    <message>
      <source>back up the workspace (beside it, or into a folder)</source>
      <translation>back up the workspace (beside it, or into a folder)</translation>
    </message>
    <message>
      <source>a folder, e.g. a USB stick or a network share</source>
      <translation>a folder, e.g. a USB stick or a network share</translation>
    </message>
    <message>
      <source>list the backups beside the workspace</source>
      <translation>list the backups beside the workspace</translation>
    </message>
    <message>
      <source>check a backup: file hash, integrity and content hash</source>
      <translation>check a backup: file hash, integrity and content hash</translation>
    </message>
    <message>
      <source>replace the workspace by a verified backup (the current one is kept)</source>
      <translation>replace the workspace by a verified backup (the current one is kept)</translation>
    </message>
    <message>
      <source>Backup passphrase: </source>
      <translation>Backup passphrase: </translation>
    </message>
    <message>
      <source>Repeat the backup passphrase: </source>
      <translation>Repeat the backup passphrase: </translation>
    </message>
    <message>
      <source>Key of {signer} ({fingerprint}) written to {path}; last bundle {seq}. Keep it away from this PC.</source>
      <translation>Key of {signer} ({fingerprint}) written to {path}; last bundle {seq}. Keep it away from this PC.</translation>
    </message>
    <message>
      <source>Key of {signer} restored: {fingerprint}. The next bundle will be number {seq}.</source>
      <translation>Key of {signer} restored: {fingerprint}. The next bundle will be number {seq}.</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({count} projects)</source>
      <translation>Backup written and verified: {path} ({count} projects)</translation>
    </message>
    <message>
      <source>Backup is intact: {path} ({count} projects, made {at})</source>
      <translation>Backup is intact: {path} ({count} projects, made {at})</translation>
    </message>
    <message>
      <source>Workspace restored from {backup} ({count} projects).</source>
      <translation>Workspace restored from {backup} ({count} projects).</translation>
    </message>
    <message>
      <source>The replaced workspace was kept: {path}</source>
      <translation>The replaced workspace was kept: {path}</translation>
    </message>
    <message>
      <source>Bundle numbering continues after {seq}.</source>
      <translation>Bundle numbering continues after {seq}.</translation>
    </message>
    <message>
      <source>signing keys</source>
      <translation>signing keys</translation>
    </message>
    <message>
      <source>signed bundles</source>
      <translation>signed bundles</translation>
    </message>
    <message>
      <source>conflict queue</source>
      <translation>conflict queue</translation>
    </message>
    <message>
      <source>JSON value when --take edit</source>
      <translation>JSON value when --take edit</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Passphrase: </translation>
    </message>
    <message>
      <source>Repeat the passphrase: </source>
      <translation>Repeat the passphrase: </translation>
    </message>
    <message>
      <source>Key of {signer}: {fingerprint}</source>
      <translation>Key of {signer}: {fingerprint}</translation>
    </message>
    <message>
      <source>Key of {signer} is already encrypted at the current cost (scrypt n={now}).</source>
      <translation>Key of {signer} is already encrypted at the current cost (scrypt n={now}).</translation>
    </message>
    <message>
      <source>Public key written to {path}; fingerprint {fingerprint}</source>
      <translation>Public key written to {path}; fingerprint {fingerprint}</translation>
    </message>
    <message>
      <source>Registered the key of {district}: {fingerprint}</source>
      <translation>Registered the key of {district}: {fingerprint}</translation>
    </message>
    <message>
      <source>Pinned the central key: {fingerprint}</source>
      <translation>Pinned the central key: {fingerprint}</translation>
    </message>
    <message>
      <source>Keys of {district} revoked from bundle {seq}.</source>
      <translation>Keys of {district} revoked from bundle {seq}.</translation>
    </message>
    <message>
      <source>Bundle {seq} written to {path}: {records} records, {tombstones} deletions.</source>
      <translation>Bundle {seq} written to {path}: {records} records, {tombstones} deletions.</translation>
    </message>
    <message>
      <source>Valid bundle {seq} from {district}, signed by {fingerprint}.</source>
      <translation>Valid bundle {seq} from {district}, signed by {fingerprint}.</translation>
    </message>
    <message>
      <source>Already imported: nothing to do.</source>
      <translation>Already imported: nothing to do.</translation>
    </message>
    <message>
      <source>Dry run: nothing was changed.</source>
      <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
      <source>Imported.</source>
      <translation>Imported.</translation>
    </message>
    <message>
      <source>Dataset {seq} written to {path}: {records} records.</source>
      <translation>Dataset {seq} written to {path}: {records} records.</translation>
    </message>
    <message>
      <source>nothing to do</source>
      <translation>nothing to do</translation>
    </message>
    <message>
      <source>Dataset imported: {counts}</source>
      <translation>Dataset imported: {counts}</translation>
    </message>
    <message>
      <source>Import {bundle_id} undone.</source>
      <translation>Import {bundle_id} undone.</translation>
    </message>
    <message>
      <source>base</source>
      <translation>base</translation>
    </message>
    <message>
      <source>central</source>
      <translation>central</translation>
    </message>
    <message>
      <source>incoming</source>
      <translation>incoming</translation>
    </message>
    <message>
      <source>{count} conflicts</source>
      <translation>{count} conflicts</translation>
    </message>
    <message>
      <source>Conflict {id} resolved.</source>
      <translation>Conflict {id} resolved.</translation>
    </message>
    <message>
      <source>{value} is not a whole number</source>
      <translation>{value} is not a whole number</translation>
    </message>
    <message>
      <source>{value} is too large: use at most {high}</source>
      <translation>{value} is too large: use at most {high}</translation>
    </message>
    <message>
      <source>{value} is out of range: use a whole number from {low} to {high}</source>
      <translation>{value} is out of range: use a whole number from {low} to {high}</translation>
    </message>
    <message>
      <source>{value} is not a number</source>
      <translation>{value} is not a number</translation>
    </message>
    <message>
      <source>{value} is out of range: use a number from {low} to {high}</source>
      <translation>{value} is out of range: use a number from {low} to {high}</translation>
    </message>
    <message>
      <source>projects similar to one project</source>
      <translation>projects similar to one project</translation>
    </message>
    <message>
      <source>gap analysis: where more work is needed</source>
      <translation>gap analysis: where more work is needed</translation>
    </message>
    <message>
      <source>candidate joint projects across districts</source>
      <translation>candidate joint projects across districts</translation>
    </message>
    <message>
      <source>write the pairs to this CSV file</source>
      <translation>write the pairs to this CSV file</translation>
    </message>
    <message>
      <source>coaching scorecard per district</source>
      <translation>coaching scorecard per district</translation>
    </message>
    <message>
      <source>words: {words}</source>
      <translation>words: {words}</translation>
    </message>
    <message>
      <source>targets: {targets}</source>
      <translation>targets: {targets}</translation>
    </message>
    <message>
      <source>{km:.1f} km away</source>
      <translation>{km:.1f} km away</translation>
    </message>
    <message>
      <source>Projects similar to: {title}</source>
      <translation>Projects similar to: {title}</translation>
    </message>
    <message>
      <source>No similar projects found.</source>
      <translation>No similar projects found.</translation>
    </message>
    <message>
      <source>{count} live projects.</source>
      <translation>{count} live projects.</translation>
    </message>
    <message>
      <source>No gaps found.</source>
      <translation>No gaps found.</translation>
    </message>
    <message>
      <source>{count} pairs written to {path}</source>
      <translation>{count} pairs written to {path}</translation>
    </message>
    <message>
      <source>No joint project candidates found.</source>
      <translation>No joint project candidates found.</translation>
    </message>
    <message>
      <source>{district}: readiness {score}/100, {count} projects</source>
      <translation>{district}: readiness {score}/100, {count} projects</translation>
    </message>
    <message>
      <source>İZSA Desktop command line</source>
      <translation>İZSA Desktop command line</translation>
    </message>
    <message>
      <source>Password for {target}: </source>
      <translation>Password for {target}: </translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Interrupted.</translation>
    </message>
    <message>
      <source>move a workspace between SQLite and PostgreSQL (verified copy)</source>
      <translation>move a workspace between SQLite and PostgreSQL (verified copy)</translation>
    </message>
    <message>
      <source>SQLite file or database URL</source>
      <translation>SQLite file or database URL</translation>
    </message>
    <message>
      <source>SQLite file or database URL (must be empty)</source>
      <translation>SQLite file or database URL (must be empty)</translation>
    </message>
    <message>
      <source>Moved {source} -&gt; {target}</source>
      <translation>Moved {source} -&gt; {target}</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>MISMATCH</source>
      <translation>MISMATCH</translation>
    </message>
    <message>
      <source>{table}: {source_rows} rows -&gt; {target_rows} rows, content {hash} {mark}</source>
      <translation>{table}: {source_rows} rows -&gt; {target_rows} rows, content {hash} {mark}</translation>
    </message>
    <message>
      <source>Verified: every table identical</source>
      <translation>Verified: every table identical</translation>
    </message>
    <message>
      <source>VERIFICATION FAILED</source>
      <translation>VERIFICATION FAILED</translation>
    </message>
    <message>
      <source>export projects (CSV, XLSX, GeoJSON) or a PDF report</source>
      <translation>export projects (CSV, XLSX, GeoJSON) or a PDF report</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>file to write</translation>
    </message>
    <message>
      <source>only this district (name or code)</source>
      <translation>only this district (name or code)</translation>
    </message>
    <message>
      <source>only projects aligned with this SDG goal (1-17)</source>
      <translation>only projects aligned with this SDG goal (1-17)</translation>
    </message>
    <message>
      <source>only projects matching these words</source>
      <translation>only projects matching these words</translation>
    </message>
    <message>
      <source>write a good-practice case study of one project (PDF and JSON)</source>
      <translation>write a good-practice case study of one project (PDF and JSON)</translation>
    </message>
    <message>
      <source>include contact persons (personal data; internal use only)</source>
      <translation>include contact persons (personal data; internal use only)</translation>
    </message>
    <message>
      <source>CSV separator</source>
      <translation>CSV separator</translation>
    </message>
    <message>
      <source>{count} projects written to {path}</source>
      <translation>{count} projects written to {path}</translation>
    </message>
    <message>
      <source>{count} projects without coordinates were skipped</source>
      <translation>{count} projects without coordinates were skipped</translation>
    </message>
    <message>
      <source>{pages} pages</source>
      <translation>{pages} pages</translation>
    </message>
    <message>
      <source>create a workspace</source>
      <translation>create a workspace</translation>
    </message>
    <message>
      <source>list projects</source>
      <translation>list projects</translation>
    </message>
    <message>
      <source>include deleted projects</source>
      <translation>include deleted projects</translation>
    </message>
    <message>
      <source>include contact persons (personal data) in --json output</source>
      <translation>include contact persons (personal data) in --json output</translation>
    </message>
    <message>
      <source>check integrity and schema version</source>
      <translation>check integrity and schema version</translation>
    </message>
    <message>
      <source>add sample projects</source>
      <translation>add sample projects</translation>
    </message>
    <message>
      <source>reproducible data and identifiers (the same seed gives the same projects)</source>
      <translation>reproducible data and identifiers (the same seed gives the same projects)</translation>
    </message>
    <message>
      <source>Workspace ready: {path} ({where})</source>
      <translation>Workspace ready: {path} ({where})</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>deleted</translation>
    </message>
    <message>
      <source>{count} projects</source>
      <translation>{count} projects</translation>
    </message>
    <message>
      <source>Server: {server}</source>
      <translation>Server: {server}</translation>
    </message>
    <message>
      <source>Schema version: {schema} (this application: {head})</source>
      <translation>Schema version: {schema} (this application: {head})</translation>
    </message>
    <message>
      <source>Integrity: {result}</source>
      <translation>Integrity: {result}</translation>
    </message>
    <message>
      <source>Projects: {n} ({d} deleted)</source>
      <translation>Projects: {n} ({d} deleted)</translation>
    </message>
    <message>
      <source>PROBLEMS FOUND</source>
      <translation>PROBLEMS FOUND</translation>
    </message>
    <message>
      <source>{count} sample projects added in {seconds:.1f} s</source>
      <translation>{count} sample projects added in {seconds:.1f} s</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Conflicts</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>Base</translation>
    </message>
    <message>
      <source>Central</source>
      <translation>Central</translation>
    </message>
    <message>
      <source>Incoming</source>
      <translation>Incoming</translation>
    </message>
    <message>
      <source>Keep central</source>
      <translation>Keep central</translation>
    </message>
    <message>
      <source>Take incoming</source>
      <translation>Take incoming</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Decided by:</source>
      <translation>Decided by:</translation>
    </message>
    <message>
      <source>{count} open conflicts</source>
      <translation>{count} open conflicts</translation>
    </message>
    <message>
      <source>Edit value</source>
      <translation>Edit value</translation>
    </message>
  </context>
  <context>
    <name>ContactSection</name>
    <message>
      <source>Personal data (KVKK): the contact person's details are used only to reach the project team. They are left out of public exports and can be left out of exchange files.</source>
      <translation>Personal data (KVKK): the contact person's details are used only to reach the project team. They are left out of public exports and can be left out of exchange files.</translation>
    </message>
    <message>
      <source>name@municipality.bel.tr</source>
      <translation>name@municipality.bel.tr</translation>
    </message>
    <message>
      <source>Contact &amp;name:</source>
      <translation>Contact &amp;name:</translation>
    </message>
    <message>
      <source>Contact r&amp;ole:</source>
      <translation>Contact r&amp;ole:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Phone:</translation>
    </message>
    <message>
      <source>E-&amp;mail:</source>
      <translation>E-&amp;mail:</translation>
    </message>
  </context>
  <context>
    <name>CoverageCharts</name>
    <message>
      <source>Projects by WHO Healthy Cities theme</source>
      <translation>Projects by WHO Healthy Cities theme</translation>
    </message>
    <message>
      <source>Projects by target group</source>
      <translation>Projects by target group</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projects</translation>
    </message>
    <message>
      <source>Projects by start year and status</source>
      <translation>Projects by start year and status</translation>
    </message>
    <message>
      <source>n/a</source>
      <translation>n/a</translation>
    </message>
  </context>
  <context>
    <name>CrashReporter</name>
    <message>
      <source>İZSA Desktop met an unexpected error: {error}

What you were doing may not have been completed: check it before you go on, or quit and start the application again. The details were written to:
{path}</source>
      <translation>İZSA Desktop met an unexpected error: {error}

What you were doing may not have been completed: check it before you go on, or quit and start the application again. The details were written to:
{path}</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <source>&amp;Continue</source>
      <translation>&amp;Continue</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
  </context>
  <context>
    <name>DatasetPreview</name>
    <message>
      <source>ALARM: this dataset attributes {count} of this district's own records to {districts} — possible id theft. These records are NOT changed here (they keep their values and are sent again with the next bundle); contact central.</source>
      <translation>ALARM: this dataset attributes {count} of this district's own records to {districts} — possible id theft. These records are NOT changed here (they keep their values and are sent again with the next bundle); contact central.</translation>
    </message>
    <message>
      <source>• {title} ({id}): here {own}, in the dataset {other}</source>
      <translation>• {title} ({id}): here {own}, in the dataset {other}</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Type day.month.year, e.g. {example}; Alt+Down opens the calendar.</source>
      <translation>Type day.month.year, e.g. {example}; Alt+Down opens the calendar.</translation>
    </message>
    <message>
      <source>Choose the date from a calendar</source>
      <translation>Choose the date from a calendar</translation>
    </message>
    <message>
      <source>There is no such date: {text}. Check the day and the month.</source>
      <translation>There is no such date: {text}. Check the day and the month.</translation>
    </message>
    <message>
      <source>Type a year between {first} and {last}.</source>
      <translation>Type a year between {first} and {last}.</translation>
    </message>
    <message>
      <source>Type the full date with its day, e.g. {example}.</source>
      <translation>Type the full date with its day, e.g. {example}.</translation>
    </message>
    <message>
      <source>Type the date as day.month.year, e.g. {example}.</source>
      <translation>Type the date as day.month.year, e.g. {example}.</translation>
    </message>
  </context>
  <context>
    <name>DescriptionSection</name>
    <message>
      <source>For international reporting (optional)</source>
      <translation>For international reporting (optional)</translation>
    </message>
    <message>
      <source>What is the project for?</source>
      <translation>What is the project for?</translation>
    </message>
    <message>
      <source>— choose a district —</source>
      <translation>— choose a district —</translation>
    </message>
    <message>
      <source>A district office records the projects of its own district.</source>
      <translation>A district office records the projects of its own district.</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>not set</translation>
    </message>
    <message>
      <source>Clear the start date</source>
      <translation>Clear the start date</translation>
    </message>
    <message>
      <source>Kind of end date</source>
      <translation>Kind of end date</translation>
    </message>
    <message>
      <source>no end date</source>
      <translation>no end date</translation>
    </message>
    <message>
      <source>Clear the end date</source>
      <translation>Clear the end date</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>e.g. Climate Change and Zero Waste Directorate</source>
      <translation>e.g. Climate Change and Zero Waste Directorate</translation>
    </message>
    <message>
      <source>&amp;Title (Turkish):</source>
      <translation>&amp;Title (Turkish):</translation>
    </message>
    <message>
      <source>Title (&amp;English):</source>
      <translation>Title (&amp;English):</translation>
    </message>
    <message>
      <source>&amp;Purpose:</source>
      <translation>&amp;Purpose:</translation>
    </message>
    <message>
      <source>S&amp;ummary:</source>
      <translation>S&amp;ummary:</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <source>&amp;District:</source>
      <translation>&amp;District:</translation>
    </message>
    <message>
      <source>Start &amp;date:</source>
      <translation>Start &amp;date:</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>&amp;End:</source>
      <translation>&amp;End:</translation>
    </message>
    <message>
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <source>&amp;Responsible unit:</source>
      <translation>&amp;Responsible unit:</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Excel workbook (XLSX)</source>
      <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
      <source>CSV for spreadsheets</source>
      <translation>CSV for spreadsheets</translation>
    </message>
    <message>
      <source>GeoJSON for GIS (projects with coordinates)</source>
      <translation>GeoJSON for GIS (projects with coordinates)</translation>
    </message>
    <message>
      <source>PDF report (Voluntary Local Review)</source>
      <translation>PDF report (Voluntary Local Review)</translation>
    </message>
    <message>
      <source>Case study of the selected project (PDF + JSON)</source>
      <translation>Case study of the selected project (PDF + JSON)</translation>
    </message>
    <message>
      <source>Include personal data (contact persons) — internal use only</source>
      <translation>Include personal data (contact persons) — internal use only</translation>
    </message>
    <message>
      <source>Current list filter ({count} projects)</source>
      <translation>Current list filter ({count} projects)</translation>
    </message>
    <message>
      <source>All projects</source>
      <translation>All projects</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projects</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <source>GeoJSON files (*.geojson)</source>
      <translation>GeoJSON files (*.geojson)</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Export to</translation>
    </message>
    <message>
      <source>Choose where to save the file.</source>
      <translation>Choose where to save the file.</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>{count} projects written to {path}</source>
      <translation>{count} projects written to {path}</translation>
    </message>
    <message>
      <source>{count} projects without coordinates were skipped.</source>
      <translation>{count} projects without coordinates were skipped.</translation>
    </message>
    <message>
      <source>The export failed: {detail}</source>
      <translation>The export failed: {detail}</translation>
    </message>
  </context>
  <context>
    <name>ExportMenu</name>
    <message>
      <source>{count} projects written to {path}</source>
      <translation>{count} projects written to {path}</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
  </context>
  <context>
    <name>GapsView</name>
    <message>
      <source>Name a goal as thin when a district has fewer projects than:</source>
      <translation>Name a goal as thin when a district has fewer projects than:</translation>
    </message>
    <message>
      <source>{count} gaps found among {projects} live projects.</source>
      <translation>{count} gaps found among {projects} live projects.</translation>
    </message>
    <message>
      <source>No gaps found.</source>
      <translation>No gaps found.</translation>
    </message>
  </context>
  <context>
    <name>GoalTile</name>
    <message>
      <source>selected</source>
      <translation>selected</translation>
    </message>
    <message>
      <source>primary goal</source>
      <translation>primary goal</translation>
    </message>
    <message>
      <source>SDG {number}: {name}</source>
      <translation>SDG {number}: {name}</translation>
    </message>
    <message>
      <source>Make this the primary goal</source>
      <translation>Make this the primary goal</translation>
    </message>
  </context>
  <context>
    <name>GuiApp</name>
    <message>
      <source>Damaged workspace</source>
      <translation>Damaged workspace</translation>
    </message>
    <message>
      <source>Restore the latest backup ({name})? The damaged file is kept beside it.</source>
      <translation>Restore the latest backup ({name})? The damaged file is kept beside it.</translation>
    </message>
    <message>
      <source>İZSA Desktop</source>
      <translation>İZSA Desktop</translation>
    </message>
    <message>
      <source>Workspace updated</source>
      <translation>Workspace updated</translation>
    </message>
    <message>
      <source>The workspace was upgraded to the new format. A backup of the old file was kept: {path}</source>
      <translation>The workspace was upgraded to the new format. A backup of the old file was kept: {path}</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <source>Import bundle {seq} from {district}</source>
      <translation>Import bundle {seq} from {district}</translation>
    </message>
    <message>
      <source>New: {new}   Changed: {changed}   Unchanged: {unchanged}   Deleted: {deleted}   Conflicting: {conflicting}   Rejected: {rejected}   Likely duplicates: {duplicates}</source>
      <translation>New: {new}   Changed: {changed}   Unchanged: {unchanged}   Deleted: {deleted}   Conflicting: {conflicting}   Rejected: {rejected}   Likely duplicates: {duplicates}</translation>
    </message>
    <message>
      <source>ALARM: {count} record(s) in this bundle from {district} carry ids already registered to {holders} — possible id theft. They are not imported; both claims are stored in the history of each record for review. If the earlier claim is the false one, undo the bundle that brought it (shown below) and import this district's next bundle.</source>
      <translation>ALARM: {count} record(s) in this bundle from {district} carry ids already registered to {holders} — possible id theft. They are not imported; both claims are stored in the history of each record for review. If the earlier claim is the false one, undo the bundle that brought it (shown below) and import this district's next bundle.</translation>
    </message>
    <message>
      <source>new</source>
      <translation>new</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>deleted</translation>
    </message>
    <message>
      <source>conflicting</source>
      <translation>conflicting</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>Fields</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Now</translation>
    </message>
    <message>
      <source>After import</source>
      <translation>After import</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflict</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>central: {central} / incoming: {incoming}</source>
      <translation>central: {central} / incoming: {incoming}</translation>
    </message>
    <message>
      <source>Rejected: {reason}</source>
      <translation>Rejected: {reason}</translation>
    </message>
    <message>
      <source>Registered to</source>
      <translation>Registered to</translation>
    </message>
    <message>
      <source>bundle {id}</source>
      <translation>bundle {id}</translation>
    </message>
    <message>
      <source>Claimed by</source>
      <translation>Claimed by</translation>
    </message>
    <message>
      <source>(deleted)</source>
      <translation>(deleted)</translation>
    </message>
  </context>
  <context>
    <name>Insights</name>
    <message>
      <source>Insights</source>
      <translation>Insights</translation>
    </message>
    <message>
      <source>Similar projects</source>
      <translation>Similar projects</translation>
    </message>
    <message>
      <source>{district} has no project for SDG {goals}.</source>
      <translation>{district} has no project for SDG {goals}.</translation>
    </message>
    <message>
      <source>{district} has fewer than {limit} projects for SDG {goals}.</source>
      <translation>{district} has fewer than {limit} projects for SDG {goals}.</translation>
    </message>
    <message>
      <source>{district} has no projects yet.</source>
      <translation>{district} has no projects yet.</translation>
    </message>
    <message>
      <source>{district} has only {count} projects, below a quarter of the median district ({limit:.0f}).</source>
      <translation>{district} has only {count} projects, below a quarter of the median district ({limit:.0f}).</translation>
    </message>
    <message>
      <source>the city</source>
      <translation>the city</translation>
    </message>
    <message>
      <source>In {where}, no project addresses SDG {goal} targets {targets}.</source>
      <translation>In {where}, no project addresses SDG {goal} targets {targets}.</translation>
    </message>
    <message>
      <source>No project covers the WHO Healthy Cities theme(s): {themes}.</source>
      <translation>No project covers the WHO Healthy Cities theme(s): {themes}.</translation>
    </message>
    <message>
      <source>{district} has no project for the theme(s): {themes}.</source>
      <translation>{district} has no project for the theme(s): {themes}.</translation>
    </message>
    <message>
      <source>Complete the required fields of {count} projects</source>
      <translation>Complete the required fields of {count} projects</translation>
    </message>
    <message>
      <source>Add SDG targets to {count} projects</source>
      <translation>Add SDG targets to {count} projects</translation>
    </message>
    <message>
      <source>Set a precise location (site or neighbourhood) for {count} projects</source>
      <translation>Set a precise location (site or neighbourhood) for {count} projects</translation>
    </message>
    <message>
      <source>Record results for {count} projects</source>
      <translation>Record results for {count} projects</translation>
    </message>
    <message>
      <source>Record beneficiaries for {count} projects</source>
      <translation>Record beneficiaries for {count} projects</translation>
    </message>
    <message>
      <source>Add English titles to {count} projects</source>
      <translation>Add English titles to {count} projects</translation>
    </message>
    <message>
      <source>Required fields</source>
      <translation>Required fields</translation>
    </message>
    <message>
      <source>SDG targets</source>
      <translation>SDG targets</translation>
    </message>
    <message>
      <source>Precise location</source>
      <translation>Precise location</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <source>Beneficiaries</source>
      <translation>Beneficiaries</translation>
    </message>
    <message>
      <source>English title</source>
      <translation>English title</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>District A</source>
      <translation>District A</translation>
    </message>
    <message>
      <source>Title A</source>
      <translation>Title A</translation>
    </message>
    <message>
      <source>ID A</source>
      <translation>ID A</translation>
    </message>
    <message>
      <source>District B</source>
      <translation>District B</translation>
    </message>
    <message>
      <source>Title B</source>
      <translation>Title B</translation>
    </message>
    <message>
      <source>ID B</source>
      <translation>ID B</translation>
    </message>
    <message>
      <source>Open to collaboration</source>
      <translation>Open to collaboration</translation>
    </message>
    <message>
      <source>Shared targets</source>
      <translation>Shared targets</translation>
    </message>
    <message>
      <source>Shared words</source>
      <translation>Shared words</translation>
    </message>
    <message>
      <source>Distance (km)</source>
      <translation>Distance (km)</translation>
    </message>
  </context>
  <context>
    <name>InsightsTab</name>
    <message>
      <source>Computing…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <source>District × SDG</source>
      <translation>District × SDG</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>Coverage</translation>
    </message>
    <message>
      <source>Gaps</source>
      <translation>Gaps</translation>
    </message>
    <message>
      <source>Joint projects</source>
      <translation>Joint projects</translation>
    </message>
    <message>
      <source>Scorecard</source>
      <translation>Scorecard</translation>
    </message>
    <message>
      <source>{count} live projects.</source>
      <translation>{count} live projects.</translation>
    </message>
  </context>
  <context>
    <name>JointView</name>
    <message>
      <source>Find joint projects</source>
      <translation>Find joint projects</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Export CSV…</translation>
    </message>
    <message>
      <source>Minimum similarity:</source>
      <translation>Minimum similarity:</translation>
    </message>
    <message>
      <source>Similar projects in different districts that could become joint projects. Projects open to collaboration rank higher.</source>
      <translation>Similar projects in different districts that could become joint projects. Projects open to collaboration rank higher.</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Project A</source>
      <translation>Project A</translation>
    </message>
    <message>
      <source>Project B</source>
      <translation>Project B</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Comparing projects…</source>
      <translation>Comparing projects…</translation>
    </message>
    <message>
      <source>targets: {targets}</source>
      <translation>targets: {targets}</translation>
    </message>
    <message>
      <source>words: {words}</source>
      <translation>words: {words}</translation>
    </message>
    <message>
      <source>{km:.1f} km apart</source>
      <translation>{km:.1f} km apart</translation>
    </message>
    <message>
      <source>open to collaboration</source>
      <translation>open to collaboration</translation>
    </message>
    <message>
      <source>{pairs} candidate pairs, {groups} groups of three or more.</source>
      <translation>{pairs} candidate pairs, {groups} groups of three or more.</translation>
    </message>
    <message>
      <source>Export joint projects</source>
      <translation>Export joint projects</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>KeysDialog</name>
    <message>
      <source>Keys</source>
      <translation>Keys</translation>
    </message>
    <message>
      <source>Create signing key…</source>
      <translation>Create signing key…</translation>
    </message>
    <message>
      <source>Export public key…</source>
      <translation>Export public key…</translation>
    </message>
    <message>
      <source>Register district key…</source>
      <translation>Register district key…</translation>
    </message>
    <message>
      <source>Pin central key…</source>
      <translation>Pin central key…</translation>
    </message>
    <message>
      <source>Fingerprint of this workspace:</source>
      <translation>Fingerprint of this workspace:</translation>
    </message>
    <message>
      <source>District code:</source>
      <translation>District code:</translation>
    </message>
    <message>
      <source>Fingerprint (as read out by the sender):</source>
      <translation>Fingerprint (as read out by the sender):</translation>
    </message>
    <message>
      <source>no key yet</source>
      <translation>no key yet</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>New passphrase:</translation>
    </message>
    <message>
      <source>Repeat the passphrase:</source>
      <translation>Repeat the passphrase:</translation>
    </message>
    <message>
      <source>Key created: {fp}</source>
      <translation>Key created: {fp}</translation>
    </message>
    <message>
      <source>Export public key</source>
      <translation>Export public key</translation>
    </message>
    <message>
      <source>Public keys (*.pub)</source>
      <translation>Public keys (*.pub)</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Written: {path}</translation>
    </message>
    <message>
      <source>Public key file</source>
      <translation>Public key file</translation>
    </message>
    <message>
      <source>Key accepted: {fp}</source>
      <translation>Key accepted: {fp}</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>Ongoing</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Youth</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Women</translation>
    </message>
    <message>
      <source>Elderly</source>
      <translation>Elderly</translation>
    </message>
    <message>
      <source>People with disabilities</source>
      <translation>People with disabilities</translation>
    </message>
    <message>
      <source>Migrants and refugees</source>
      <translation>Migrants and refugees</translation>
    </message>
    <message>
      <source>Low-income households</source>
      <translation>Low-income households</translation>
    </message>
    <message>
      <source>Farmers and producers</source>
      <translation>Farmers and producers</translation>
    </message>
    <message>
      <source>Students</source>
      <translation>Students</translation>
    </message>
    <message>
      <source>Businesses and SMEs</source>
      <translation>Businesses and SMEs</translation>
    </message>
    <message>
      <source>NGOs</source>
      <translation>NGOs</translation>
    </message>
    <message>
      <source>General public</source>
      <translation>General public</translation>
    </message>
    <message>
      <source>Exact site</source>
      <translation>Exact site</translation>
    </message>
    <message>
      <source>Neighbourhood</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <source>Whole district</source>
      <translation>Whole district</translation>
    </message>
    <message>
      <source>City-wide</source>
      <translation>City-wide</translation>
    </message>
    <message>
      <source>Several districts</source>
      <translation>Several districts</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Needs changes</source>
      <translation>Needs changes</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>Public</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>Internal</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <source>Own budget</source>
      <translation>Own budget</translation>
    </message>
    <message>
      <source>European Union</source>
      <translation>European Union</translation>
    </message>
    <message>
      <source>Development agency</source>
      <translation>Development agency</translation>
    </message>
    <message>
      <source>Ministry</source>
      <translation>Ministry</translation>
    </message>
    <message>
      <source>Private sector</source>
      <translation>Private sector</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Funding</translation>
    </message>
    <message>
      <source>Implementing</source>
      <translation>Implementing</translation>
    </message>
    <message>
      <source>Accountable</source>
      <translation>Accountable</translation>
    </message>
    <message>
      <source>Public institution</source>
      <translation>Public institution</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>NGO</translation>
    </message>
    <message>
      <source>University / research</source>
      <translation>University / research</translation>
    </message>
    <message>
      <source>International organisation</source>
      <translation>International organisation</translation>
    </message>
    <message>
      <source>Planned end</source>
      <translation>Planned end</translation>
    </message>
    <message>
      <source>Actual end</source>
      <translation>Actual end</translation>
    </message>
    <message>
      <source>Open-ended</source>
      <translation>Open-ended</translation>
    </message>
    <message>
      <source>District office</source>
      <translation>District office</translation>
    </message>
    <message>
      <source>Metropolitan central office</source>
      <translation>Metropolitan central office</translation>
    </message>
    <message>
      <source>İzmir Metropolitan Municipality</source>
      <translation>İzmir Metropolitan Municipality</translation>
    </message>
  </context>
  <context>
    <name>LocationPickerWidget</name>
    <message>
      <source>Search a district or neighbourhood</source>
      <translation>Search a district or neighbourhood</translation>
    </message>
    <message>
      <source>Latitude, e.g. 38,4237</source>
      <translation>Latitude, e.g. 38,4237</translation>
    </message>
    <message>
      <source>Longitude, e.g. 27,1428</source>
      <translation>Longitude, e.g. 27,1428</translation>
    </message>
    <message>
      <source>Swap</source>
      <translation>Swap</translation>
    </message>
    <message>
      <source>Swap latitude and longitude</source>
      <translation>Swap latitude and longitude</translation>
    </message>
    <message>
      <source>Lat</source>
      <translation>Lat</translation>
    </message>
    <message>
      <source>Lon</source>
      <translation>Lon</translation>
    </message>
    <message>
      <source>İzmir (offline vector map)</source>
      <translation>İzmir (offline vector map)</translation>
    </message>
    <message>
      <source>District boundaries</source>
      <translation>District boundaries</translation>
    </message>
    <message>
      <source>Add another site</source>
      <translation>Add another site</translation>
    </message>
    <message>
      <source>Draw the project area</source>
      <translation>Draw the project area</translation>
    </message>
    <message>
      <source>Edit sites and area</source>
      <translation>Edit sites and area</translation>
    </message>
    <message>
      <source>Delete sites and area</source>
      <translation>Delete sites and area</translation>
    </message>
    <message>
      <source>The saved map pack could not be opened, so the built-in İzmir map is shown. Install the pack again in Map ▸ Offline map packs.</source>
      <translation>The saved map pack could not be opened, so the built-in İzmir map is shown. Install the pack again in Map ▸ Offline map packs.</translation>
    </message>
    <message>
      <source>Exact point</source>
      <translation>Exact point</translation>
    </message>
    <message>
      <source>Neighbourhood</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <source>District (centre point)</source>
      <translation>District (centre point)</translation>
    </message>
    <message>
      <source>City-wide</source>
      <translation>City-wide</translation>
    </message>
    <message>
      <source>Several districts</source>
      <translation>Several districts</translation>
    </message>
    <message>
      <source>Type decimal degrees, for example 38,4237 and 27,1428.</source>
      <translation>Type decimal degrees, for example 38,4237 and 27,1428.</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90, longitude between -180 and 180.</source>
      <translation>Latitude must be between -90 and 90, longitude between -180 and 180.</translation>
    </message>
    <message>
      <source>Latitude and longitude look swapped: {lat}, {lon} would lie in İzmir.</source>
      <translation>Latitude and longitude look swapped: {lat}, {lon} would lie in İzmir.</translation>
    </message>
    <message>
      <source>This point lies outside İzmir.</source>
      <translation>This point lies outside İzmir.</translation>
    </message>
    <message>
      <source>This point lies in {found}, not in the recorded district {recorded}.</source>
      <translation>This point lies in {found}, not in the recorded district {recorded}.</translation>
    </message>
  </context>
  <context>
    <name>LocationSection</name>
    <message>
      <source>e.g. {example}</source>
      <translation>e.g. {example}</translation>
    </message>
    <message>
      <source>L&amp;ongitude:</source>
      <translation>L&amp;ongitude:</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <source>L&amp;atitude:</source>
      <translation>L&amp;atitude:</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <source>P&amp;recision:</source>
      <translation>P&amp;recision:</translation>
    </message>
    <message>
      <source>&amp;Neighbourhood:</source>
      <translation>&amp;Neighbourhood:</translation>
    </message>
    <message>
      <source>A&amp;ddress:</source>
      <translation>A&amp;ddress:</translation>
    </message>
    <message>
      <source>Type decimal degrees (a comma or a point both work), or pick the point on the map below.</source>
      <translation>Type decimal degrees (a comma or a point both work), or pick the point on the map below.</translation>
    </message>
    <message>
      <source>Type decimal degrees; a comma or a point both work.</source>
      <translation>Type decimal degrees; a comma or a point both work.</translation>
    </message>
    <message>
      <source>Click the map, drag the marker or search a place; the coordinates above follow. Typed coordinates move the marker.</source>
      <translation>Click the map, drag the marker or search a place; the coordinates above follow. Typed coordinates move the marker.</translation>
    </message>
    <message>
      <source>{count} more site(s)</source>
      <translation>{count} more site(s)</translation>
    </message>
    <message>
      <source>a project area</source>
      <translation>a project area</translation>
    </message>
    <message>
      <source>Also on the map: {parts}</source>
      <translation>Also on the map: {parts}</translation>
    </message>
    <message>
      <source>Not a number: type decimal degrees, e.g. {example}.</source>
      <translation>Not a number: type decimal degrees, e.g. {example}.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Delete “{title}”</source>
      <translation>Delete “{title}”</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>EĞİTİM / TRAINING</source>
      <translation>EĞİTİM / TRAINING</translation>
    </message>
    <message>
      <source>&amp;Project</source>
      <translation>&amp;Project</translation>
    </message>
    <message>
      <source>&amp;New project</source>
      <translation>&amp;New project</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>&amp;Duplicate</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>De&amp;lete…</translation>
    </message>
    <message>
      <source>&amp;Restore deleted project</source>
      <translation>&amp;Restore deleted project</translation>
    </message>
    <message>
      <source>Your &amp;name in the history…</source>
      <translation>Your &amp;name in the history…</translation>
    </message>
    <message>
      <source>Reset &amp;training data…</source>
      <translation>Reset &amp;training data…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Larger text</source>
      <translation>&amp;Larger text</translation>
    </message>
    <message>
      <source>&amp;Smaller text</source>
      <translation>&amp;Smaller text</translation>
    </message>
    <message>
      <source>&amp;Normal text size</source>
      <translation>&amp;Normal text size</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Map</source>
      <translation>&amp;Map</translation>
    </message>
    <message>
      <source>Offline map &amp;packs…</source>
      <translation>Offline map &amp;packs…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;About İZSA Desktop</source>
      <translation>&amp;About İZSA Desktop</translation>
    </message>
    <message>
      <source>İZSA Desktop</source>
      <translation>İZSA Desktop</translation>
    </message>
    <message>
      <source>Loading projects…</source>
      <translation>Loading projects…</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (copy)</translation>
    </message>
    <message>
      <source>A copy was saved: edit it as needed.</source>
      <translation>A copy was saved: edit it as needed.</translation>
    </message>
    <message>
      <source>Delete project</source>
      <translation>Delete project</translation>
    </message>
    <message>
      <source>Delete “{title}”?

It is kept as deleted and can be restored (Edit → Undo, or Project → Restore).</source>
      <translation>Delete “{title}”?

It is kept as deleted and can be restored (Edit → Undo, or Project → Restore).</translation>
    </message>
    <message>
      <source>Project restored.</source>
      <translation>Project restored.</translation>
    </message>
    <message>
      <source>“{title}” was deleted by {by} at {at} while you were editing it.</source>
      <translation>“{title}” was deleted by {by} at {at} while you were editing it.</translation>
    </message>
    <message>
      <source>“{title}” was changed by {by} at {at} while you were editing it.</source>
      <translation>“{title}” was changed by {by} at {at} while you were editing it.</translation>
    </message>
    <message>
      <source>Reload: the current version is shown and your changes are discarded. Keep mine: your version is saved over the current one, and the history records that you did so.</source>
      <translation>Reload: the current version is shown and your changes are discarded. Keep mine: your version is saved over the current one, and the history records that you did so.</translation>
    </message>
    <message>
      <source>&amp;Keep mine</source>
      <translation>&amp;Keep mine</translation>
    </message>
    <message>
      <source>“{title}” was changed by {by} at {at} after you opened it.</source>
      <translation>“{title}” was changed by {by} at {at} after you opened it.</translation>
    </message>
    <message>
      <source>Reload: the current version is shown and nothing is deleted. Delete anyway: the project is deleted as it is now, and the history records that you did so.</source>
      <translation>Reload: the current version is shown and nothing is deleted. Delete anyway: the project is deleted as it is now, and the history records that you did so.</translation>
    </message>
    <message>
      <source>&amp;Delete anyway</source>
      <translation>&amp;Delete anyway</translation>
    </message>
    <message>
      <source>Reload: the current version is shown and nothing is restored. Restore anyway: the project is restored as it is now, and the history records that you did so.</source>
      <translation>Reload: the current version is shown and nothing is restored. Restore anyway: the project is restored as it is now, and the history records that you did so.</translation>
    </message>
    <message>
      <source>R&amp;estore anyway</source>
      <translation>R&amp;estore anyway</translation>
    </message>
    <message>
      <source>Changed by someone else</source>
      <translation>Changed by someone else</translation>
    </message>
    <message>
      <source>&amp;Reload (discard mine)</source>
      <translation>&amp;Reload (discard mine)</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>&amp;Reload</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Your name</translation>
    </message>
    <message>
      <source>The name recorded in the history for your changes (kept on this computer, for your account only):</source>
      <translation>The name recorded in the history for your changes (kept on this computer, for your account only):</translation>
    </message>
    <message>
      <source>Reset training data</source>
      <translation>Reset training data</translation>
    </message>
    <message>
      <source>Discard every change made in this training workspace and restore the sample data?</source>
      <translation>Discard every change made in this training workspace and restore the sample data?</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
  </context>
  <context>
    <name>MapPacksDialog</name>
    <message>
      <source>Offline map packs</source>
      <translation>Offline map packs</translation>
    </message>
    <message>
      <source>Installed map packs</source>
      <translation>Installed map packs</translation>
    </message>
    <message>
      <source>&amp;Install MBTiles file…</source>
      <translation>&amp;Install MBTiles file…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>MBTiles files made with QGIS, GDAL or QField work offline. New packs appear in maps opened after installing.</source>
      <translation>MBTiles files made with QGIS, GDAL or QField work offline. New packs appear in maps opened after installing.</translation>
    </message>
    <message>
      <source>Online tile layer (optional)</source>
      <translation>Online tile layer (optional)</translation>
    </message>
    <message>
      <source>Use an online tile layer when the network is available</source>
      <translation>Use an online tile layer when the network is available</translation>
    </message>
    <message>
      <source>URL template:</source>
      <translation>URL template:</translation>
    </message>
    <message>
      <source>Attribution:</source>
      <translation>Attribution:</translation>
    </message>
    <message>
      <source>Viewed tiles are kept on disk and keep working offline. Changes apply after restarting the application.</source>
      <translation>Viewed tiles are kept on disk and keep working offline. Changes apply after restarting the application.</translation>
    </message>
    <message>
      <source>{name} — zoom {minz}–{maxz}, {fmt}</source>
      <translation>{name} — zoom {minz}–{maxz}, {fmt}</translation>
    </message>
    <message>
      <source>{name} — cannot be used; remove it and install the file again</source>
      <translation>{name} — cannot be used; remove it and install the file again</translation>
    </message>
    <message>
      <source>Checking the map pack…</source>
      <translation>Checking the map pack…</translation>
    </message>
    <message>
      <source>The map pack could not be installed: {error}</source>
      <translation>The map pack could not be installed: {error}</translation>
    </message>
    <message>
      <source>Install map pack</source>
      <translation>Install map pack</translation>
    </message>
    <message>
      <source>MBTiles map packs (*.mbtiles);;All files (*)</source>
      <translation>MBTiles map packs (*.mbtiles);;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>MapTab</name>
    <message>
      <source>Map</source>
      <translation>Map</translation>
    </message>
  </context>
  <context>
    <name>MatrixView</name>
    <message>
      <source>Projects per district and SDG goal. Click a cell to list its projects; click a goal's header to see its targets.</source>
      <translation>Projects per district and SDG goal. Click a cell to list its projects; click a goal's header to see its targets.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>{district}, SDG {goal}: {count} projects</source>
      <translation>{district}, SDG {goal}: {count} projects</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>The project title is required.</source>
      <translation>The project title is required.</translation>
    </message>
    <message>
      <source>The title is too long (at most {max} characters).</source>
      <translation>The title is too long (at most {max} characters).</translation>
    </message>
    <message>
      <source>Unknown district: {value}.</source>
      <translation>Unknown district: {value}.</translation>
    </message>
    <message>
      <source>Unknown status: {value}.</source>
      <translation>Unknown status: {value}.</translation>
    </message>
    <message>
      <source>Unknown value: {value}.</source>
      <translation>Unknown value: {value}.</translation>
    </message>
    <message>
      <source>The start date is required.</source>
      <translation>The start date is required.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>The end date is before the start date.</translation>
    </message>
    <message>
      <source>Enter both latitude and longitude, or neither.</source>
      <translation>Enter both latitude and longitude, or neither.</translation>
    </message>
    <message>
      <source>The coordinates are not valid numbers.</source>
      <translation>The coordinates are not valid numbers.</translation>
    </message>
    <message>
      <source>Latitude must be between -90 and 90.</source>
      <translation>Latitude must be between -90 and 90.</translation>
    </message>
    <message>
      <source>Longitude must be between -180 and 180.</source>
      <translation>Longitude must be between -180 and 180.</translation>
    </message>
    <message>
      <source>Unknown location precision: {value}.</source>
      <translation>Unknown location precision: {value}.</translation>
    </message>
    <message>
      <source>Unknown SDG goal: {value}.</source>
      <translation>Unknown SDG goal: {value}.</translation>
    </message>
    <message>
      <source>An SDG goal is selected twice.</source>
      <translation>An SDG goal is selected twice.</translation>
    </message>
    <message>
      <source>The primary SDG goal must be one of the selected goals.</source>
      <translation>The primary SDG goal must be one of the selected goals.</translation>
    </message>
    <message>
      <source>Choose which selected SDG goal is the primary one.</source>
      <translation>Choose which selected SDG goal is the primary one.</translation>
    </message>
    <message>
      <source>Unknown SDG target: {value}.</source>
      <translation>Unknown SDG target: {value}.</translation>
    </message>
    <message>
      <source>SDG target {value} belongs to a goal that is not selected.</source>
      <translation>SDG target {value} belongs to a goal that is not selected.</translation>
    </message>
    <message>
      <source>Unknown WHO Healthy Cities theme: {value}.</source>
      <translation>Unknown WHO Healthy Cities theme: {value}.</translation>
    </message>
    <message>
      <source>Unknown target group: {value}.</source>
      <translation>Unknown target group: {value}.</translation>
    </message>
    <message>
      <source>Numbers cannot be negative.</source>
      <translation>Numbers cannot be negative.</translation>
    </message>
    <message>
      <source>The e-mail address does not look valid.</source>
      <translation>The e-mail address does not look valid.</translation>
    </message>
    <message>
      <source>Every partner needs a name.</source>
      <translation>Every partner needs a name.</translation>
    </message>
    <message>
      <source>No location yet: the project will not appear on the map.</source>
      <translation>No location yet: the project will not appear on the map.</translation>
    </message>
    <message>
      <source>The point lies outside İzmir.</source>
      <translation>The point lies outside İzmir.</translation>
    </message>
    <message>
      <source>The point lies in {found}, not in the recorded district.</source>
      <translation>The point lies in {found}, not in the recorded district.</translation>
    </message>
    <message>
      <source>No SDG goal selected yet.</source>
      <translation>No SDG goal selected yet.</translation>
    </message>
    <message>
      <source>No SDG target selected: targets make international reporting possible.</source>
      <translation>No SDG target selected: targets make international reporting possible.</translation>
    </message>
    <message>
      <source>A project with a near-identical title already exists in this district: “{title}”.</source>
      <translation>A project with a near-identical title already exists in this district: “{title}”.</translation>
    </message>
    <message>
      <source>This does not look like a web address: {value}</source>
      <translation>This does not look like a web address: {value}</translation>
    </message>
    <message>
      <source>The project could not be saved: {count} problem(s) need fixing.</source>
      <translation>The project could not be saved: {count} problem(s) need fixing.</translation>
    </message>
    <message>
      <source>The workspace file does not exist: {path}</source>
      <translation>The workspace file does not exist: {path}</translation>
    </message>
    <message>
      <source>The workspace file is damaged or is not an İZSA workspace: {path}</source>
      <translation>The workspace file is damaged or is not an İZSA workspace: {path}</translation>
    </message>
    <message>
      <source>This workspace was written by a newer version of İZSA Desktop (schema {found}). Please update the application.</source>
      <translation>This workspace was written by a newer version of İZSA Desktop (schema {found}). Please update the application.</translation>
    </message>
    <message>
      <source>This database is not an İZSA workspace.</source>
      <translation>This database is not an İZSA workspace.</translation>
    </message>
    <message>
      <source>The workspace folder cannot be written: {path}</source>
      <translation>The workspace folder cannot be written: {path}</translation>
    </message>
    <message>
      <source>The workspace could not be opened: {detail}</source>
      <translation>The workspace could not be opened: {detail}</translation>
    </message>
    <message>
      <source>This workspace is already set up as: {role}.</source>
      <translation>This workspace is already set up as: {role}.</translation>
    </message>
    <message>
      <source>This workspace has not been set up yet (run init first).</source>
      <translation>This workspace has not been set up yet (run init first).</translation>
    </message>
    <message>
      <source>Unknown role: {value}. Use district or central.</source>
      <translation>Unknown role: {value}. Use district or central.</translation>
    </message>
    <message>
      <source>A project with this identifier already exists.</source>
      <translation>A project with this identifier already exists.</translation>
    </message>
    <message>
      <source>The project was not found: {id}</source>
      <translation>The project was not found: {id}</translation>
    </message>
    <message>
      <source>“{title}” belongs to another district and is read-only here.</source>
      <translation>“{title}” belongs to another district and is read-only here.</translation>
    </message>
    <message>
      <source>Your changes to “{title}” were discarded: the version saved by {by} at {at} is shown.</source>
      <translation>Your changes to “{title}” were discarded: the version saved by {by} at {at} is shown.</translation>
    </message>
    <message>
      <source>Your changes were not saved because {by} changed “{title}” at {at}; they are still in the form. Save again to choose what to do.</source>
      <translation>Your changes were not saved because {by} changed “{title}” at {at}; they are still in the form. Save again to choose what to do.</translation>
    </message>
    <message>
      <source>The count cannot be negative.</source>
      <translation>The count cannot be negative.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was changed; free some space and try again.</source>
      <translation>The disk is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
      <source>The file is empty (0 bytes): it is not an İZSA workspace and was left as it is: {path}</source>
      <translation>The file is empty (0 bytes): it is not an İZSA workspace and was left as it is: {path}</translation>
    </message>
    <message>
      <source>This is a folder, not a workspace file: {path}</source>
      <translation>This is a folder, not a workspace file: {path}</translation>
    </message>
    <message>
      <source>The workspace is damaged: {problem} Run “check” for the full list: {path}</source>
      <translation>The workspace is damaged: {problem} Run “check” for the full list: {path}</translation>
    </message>
    <message>
      <source>The database file failed its integrity check: {detail}</source>
      <translation>The database file failed its integrity check: {detail}</translation>
    </message>
    <message>
      <source>{count} row(s) point at records that do not exist (foreign keys).</source>
      <translation>{count} row(s) point at records that do not exist (foreign keys).</translation>
    </message>
    <message>
      <source>The schema version is {found}, but this application needs {head}.</source>
      <translation>The schema version is {found}, but this application needs {head}.</translation>
    </message>
    <message>
      <source>Table {table} is missing.</source>
      <translation>Table {table} is missing.</translation>
    </message>
    <message>
      <source>Column {column} of table {table} is missing.</source>
      <translation>Column {column} of table {table} is missing.</translation>
    </message>
    <message>
      <source>{count} value(s) in {table}.{column} are not valid JSON.</source>
      <translation>{count} value(s) in {table}.{column} are not valid JSON.</translation>
    </message>
    <message>
      <source>{count} row(s) of {table} belong to a project that does not exist.</source>
      <translation>{count} row(s) of {table} belong to a project that does not exist.</translation>
    </message>
    <message>
      <source>Sample data with seed {seed} is already in this workspace. Run without --seed to add new sample projects, or choose another seed.</source>
      <translation>Sample data with seed {seed} is already in this workspace. Run without --seed to add new sample projects, or choose another seed.</translation>
    </message>
    <message>
      <source>The passphrase is too short: use at least {min} characters (a few words work well).</source>
      <translation>The passphrase is too short: use at least {min} characters (a few words work well).</translation>
    </message>
    <message>
      <source>The passphrase is too simple: do not just repeat one or two characters.</source>
      <translation>The passphrase is too simple: do not just repeat one or two characters.</translation>
    </message>
    <message>
      <source>{path} is not an ordinary file (it is a device, a pipe or a socket) and was not read.</source>
      <translation>{path} is not an ordinary file (it is a device, a pipe or a socket) and was not read.</translation>
    </message>
    <message>
      <source>The file {path} is larger than allowed (at most {limit} bytes) and was not read.</source>
      <translation>The file {path} is larger than allowed (at most {limit} bytes) and was not read.</translation>
    </message>
    <message>
      <source>{path} is not an ordinary file (it is a folder, a device, a pipe or a socket): nothing was written there. Choose another file name.</source>
      <translation>{path} is not an ordinary file (it is a folder, a device, a pipe or a socket): nothing was written there. Choose another file name.</translation>
    </message>
    <message>
      <source>The JSON value given with {option} is refused: it is nested more than {depth} levels deep, repeats a key, or holds a number that is too large or not finite.</source>
      <translation>The JSON value given with {option} is refused: it is nested more than {depth} levels deep, repeats a key, or holds a number that is too large or not finite.</translation>
    </message>
    <message>
      <source>Unexpected error: {detail}</source>
      <translation>Unexpected error: {detail}</translation>
    </message>
    <message>
      <source>Error: {code}</source>
      <translation>Error: {code}</translation>
    </message>
    <message>
      <source>This file is not an MBTiles map pack.</source>
      <translation>This file is not an MBTiles map pack.</translation>
    </message>
    <message>
      <source>The map pack is damaged and cannot be read.</source>
      <translation>The map pack is damaged and cannot be read.</translation>
    </message>
    <message>
      <source>The map pack contains no map tiles.</source>
      <translation>The map pack contains no map tiles.</translation>
    </message>
    <message>
      <source>The map pack does not cover İzmir.</source>
      <translation>The map pack does not cover İzmir.</translation>
    </message>
    <message>
      <source>The map pack uses a tile format this application cannot show (PNG, JPEG and WebP are supported).</source>
      <translation>The map pack uses a tile format this application cannot show (PNG, JPEG and WebP are supported).</translation>
    </message>
    <message>
      <source>The map pack could not be checked within {seconds} seconds: its tables are damaged or never end. It was not installed.</source>
      <translation>The map pack could not be checked within {seconds} seconds: its tables are damaged or never end. It was not installed.</translation>
    </message>
    <message>
      <source>Installing the map pack was cancelled. Nothing was installed.</source>
      <translation>Installing the map pack was cancelled. Nothing was installed.</translation>
    </message>
    <message>
      <source>The map pack was not installed: its tiles or metadata are not plain tables (views, triggers or computed columns are not accepted). Export the pack again from QGIS or GDAL.</source>
      <translation>The map pack was not installed: its tiles or metadata are not plain tables (views, triggers or computed columns are not accepted). Export the pack again from QGIS or GDAL.</translation>
    </message>
    <message>
      <source>The map pack could not be saved in the application's folder ({detail}). Nothing was installed.</source>
      <translation>The map pack could not be saved in the application's folder ({detail}). Nothing was installed.</translation>
    </message>
    <message>
      <source>This map pack was not installed by this version of the application. Install it again.</source>
      <translation>This map pack was not installed by this version of the application. Install it again.</translation>
    </message>
    <message>
      <source>The disk is full: the export could not be written to {path}. Nothing was left behind.</source>
      <translation>The disk is full: the export could not be written to {path}. Nothing was left behind.</translation>
    </message>
    <message>
      <source>You do not have permission to write {path}. Choose another folder.</source>
      <translation>You do not have permission to write {path}. Choose another folder.</translation>
    </message>
    <message>
      <source>The export could not be written to {path}: {detail}</source>
      <translation>The export could not be written to {path}: {detail}</translation>
    </message>
    <message>
      <source>The destination folder does not exist: {path}</source>
      <translation>The destination folder does not exist: {path}</translation>
    </message>
    <message>
      <source>The export was cancelled. No file was written.</source>
      <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
      <source>Unknown export format: {value}. Use csv, xlsx, geojson or pdf.</source>
      <translation>Unknown export format: {value}. Use csv, xlsx, geojson or pdf.</translation>
    </message>
    <message>
      <source>Invalid export option: {value}.</source>
      <translation>Invalid export option: {value}.</translation>
    </message>
    <message>
      <source>The report font (DejaVu Sans) is missing from the installation: {path}</source>
      <translation>The report font (DejaVu Sans) is missing from the installation: {path}</translation>
    </message>
    <message>
      <source>An attachment in the bundle does not match its signed hash.</source>
      <translation>An attachment in the bundle does not match its signed hash.</translation>
    </message>
    <message>
      <source>The bundle was changed after it was signed (content hash differs).</source>
      <translation>The bundle was changed after it was signed (content hash differs).</translation>
    </message>
    <message>
      <source>The bundle's content is damaged.</source>
      <translation>The bundle's content is damaged.</translation>
    </message>
    <message>
      <source>The bundle's record counts do not match its contents.</source>
      <translation>The bundle's record counts do not match its contents.</translation>
    </message>
    <message>
      <source>The bundle contains invalid encoded data ({what}).</source>
      <translation>The bundle contains invalid encoded data ({what}).</translation>
    </message>
    <message>
      <source>The bundle does not contain the expected parts.</source>
      <translation>The bundle does not contain the expected parts.</translation>
    </message>
    <message>
      <source>The bundle contains a part twice.</source>
      <translation>The bundle contains a part twice.</translation>
    </message>
    <message>
      <source>The bundle contains a part with a forbidden name.</source>
      <translation>The bundle contains a part with a forbidden name.</translation>
    </message>
    <message>
      <source>A part of the bundle is larger than allowed.</source>
      <translation>A part of the bundle is larger than allowed.</translation>
    </message>
    <message>
      <source>The bundle contains a part that is not in its signed list.</source>
      <translation>The bundle contains a part that is not in its signed list.</translation>
    </message>
    <message>
      <source>The bundle's signature envelope is malformed.</source>
      <translation>The bundle's signature envelope is malformed.</translation>
    </message>
    <message>
      <source>The bundle's signature envelope is too large.</source>
      <translation>The bundle's signature envelope is too large.</translation>
    </message>
    <message>
      <source>ALARM: bundle {seq} from {district} was already imported with different content. Two installations may be using the same key (a cloned computer or a restored backup). Nothing was imported; contact the district.</source>
      <translation>ALARM: bundle {seq} from {district} was already imported with different content. Two installations may be using the same key (a cloned computer or a restored backup). Nothing was imported; contact the district.</translation>
    </message>
    <message>
      <source>The bundle could not be created (invalid settings).</source>
      <translation>The bundle could not be created (invalid settings).</translation>
    </message>
    <message>
      <source>This bundle was made with a format this application does not know. Update the application.</source>
      <translation>This bundle was made with a format this application does not know. Update the application.</translation>
    </message>
    <message>
      <source>The bundle contains invalid data ({entry}, line {line}).</source>
      <translation>The bundle contains invalid data ({entry}, line {line}).</translation>
    </message>
    <message>
      <source>This is a {kind} bundle; a {expected} bundle was expected here.</source>
      <translation>This is a {kind} bundle; a {expected} bundle was expected here.</translation>
    </message>
    <message>
      <source>The bundle file is incomplete or has extra data appended.</source>
      <translation>The bundle file is incomplete or has extra data appended.</translation>
    </message>
    <message>
      <source>The bundle's signed description is invalid.</source>
      <translation>The bundle's signed description is invalid.</translation>
    </message>
    <message>
      <source>This file is not an İZSA bundle.</source>
      <translation>This file is not an İZSA bundle.</translation>
    </message>
    <message>
      <source>The bundle contains personal data although it says it does not.</source>
      <translation>The bundle contains personal data although it says it does not.</translation>
    </message>
    <message>
      <source>The bundle contains the same record twice.</source>
      <translation>The bundle contains the same record twice.</translation>
    </message>
    <message>
      <source>The bundle contains records of another district ({district}).</source>
      <translation>The bundle contains records of another district ({district}).</translation>
    </message>
    <message>
      <source>The bundle contains an invalid record ({entry}, line {line}, field {field}).</source>
      <translation>The bundle contains an invalid record ({entry}, line {line}, field {field}).</translation>
    </message>
    <message>
      <source>This is an older bundle ({seq}) from {district}; bundle {last_seen} was already imported. Nothing was changed.</source>
      <translation>This is an older bundle ({seq}) from {district}; bundle {last_seen} was already imported. Nothing was changed.</translation>
    </message>
    <message>
      <source>This bundle was made by a newer version of the application. Update the application.</source>
      <translation>This bundle was made by a newer version of the application. Update the application.</translation>
    </message>
    <message>
      <source>The bundle's data version is not known.</source>
      <translation>The bundle's data version is not known.</translation>
    </message>
    <message>
      <source>The bundle's signature is not valid: the file was changed or damaged.</source>
      <translation>The bundle's signature is not valid: the file was changed or damaged.</translation>
    </message>
    <message>
      <source>The bundle names a different signer than the one that signed it.</source>
      <translation>The bundle names a different signer than the one that signed it.</translation>
    </message>
    <message>
      <source>The bundle is larger than allowed.</source>
      <translation>The bundle is larger than allowed.</translation>
    </message>
    <message>
      <source>The bundle has too many parts.</source>
      <translation>The bundle has too many parts.</translation>
    </message>
    <message>
      <source>The bundle has too many records.</source>
      <translation>The bundle has too many records.</translation>
    </message>
    <message>
      <source>This bundle comes from a training installation and is refused here.</source>
      <translation>This bundle comes from a training installation and is refused here.</translation>
    </message>
    <message>
      <source>The bundle file is incomplete.</source>
      <translation>The bundle file is incomplete.</translation>
    </message>
    <message>
      <source>The file {path} could not be read: {detail}</source>
      <translation>The file {path} could not be read: {detail}</translation>
    </message>
    <message>
      <source>The file {path} could not be written: {detail}</source>
      <translation>The file {path} could not be written: {detail}</translation>
    </message>
    <message>
      <source>Another bundle from {district} is in this selection; import this one afterwards.</source>
      <translation>Another bundle from {district} is in this selection; import this one afterwards.</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
      <source>This key is already registered for {district}.</source>
      <translation>This key is already registered for {district}.</translation>
    </message>
    <message>
      <source>The key file belongs to {file_district}, not to {district}.</source>
      <translation>The key file belongs to {file_district}, not to {district}.</translation>
    </message>
    <message>
      <source>This workspace already has a signing key.</source>
      <translation>This workspace already has a signing key.</translation>
    </message>
    <message>
      <source>The key file is invalid or damaged.</source>
      <translation>The key file is invalid or damaged.</translation>
    </message>
    <message>
      <source>The fingerprint does not match the key of {district}. The key was NOT registered: check the fingerprint with the sender by phone or on paper.</source>
      <translation>The fingerprint does not match the key of {district}. The key was NOT registered: check the fingerprint with the sender by phone or on paper.</translation>
    </message>
    <message>
      <source>This workspace has no signing key yet: create one first (keys init).</source>
      <translation>This workspace has no signing key yet: create one first (keys init).</translation>
    </message>
    <message>
      <source>The key of {district} is not valid for bundle {seq} yet.</source>
      <translation>The key of {district} is not valid for bundle {seq} yet.</translation>
    </message>
    <message>
      <source>The key of {district} was revoked from bundle {revoked_from_seq}; bundle {seq} is refused.</source>
      <translation>The key of {district} was revoked from bundle {revoked_from_seq}; bundle {seq} is refused.</translation>
    </message>
    <message>
      <source>The key change statement in the bundle is not valid ({reason}).</source>
      <translation>The key change statement in the bundle is not valid ({reason}).</translation>
    </message>
    <message>
      <source>The bundle is signed with a key that is not registered for {district}.</source>
      <translation>The bundle is signed with a key that is not registered for {district}.</translation>
    </message>
    <message>
      <source>There is no open conflict here ({id}).</source>
      <translation>There is no open conflict here ({id}).</translation>
    </message>
    <message>
      <source>The passphrase cannot be empty.</source>
      <translation>The passphrase cannot be empty.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>The two passphrases differ.</translation>
    </message>
    <message>
      <source>The data changed since the preview was made; make the preview again.</source>
      <translation>The data changed since the preview was made; make the preview again.</translation>
    </message>
    <message>
      <source>This import cannot be undone: {count} of its records were changed later.</source>
      <translation>This import cannot be undone: {count} of its records were changed later.</translation>
    </message>
    <message>
      <source>No import {bundle_id} that could be undone.</source>
      <translation>No import {bundle_id} that could be undone.</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Wrong passphrase.</translation>
    </message>
    <message>
      <source>This works only in a {expected} workspace (this one is {actual}).</source>
      <translation>This works only in a {expected} workspace (this one is {actual}).</translation>
    </message>
    <message>
      <source>The bundle contains a record the form would not save ({entry}, line {line}, record {id}, field {field}, value {value}). Nothing was imported.</source>
      <translation>The bundle contains a record the form would not save ({entry}, line {line}, record {id}, field {field}, value {value}). Nothing was imported.</translation>
    </message>
    <message>
      <source>This file could not be read as a bundle ({detail}). The other files are not affected.</source>
      <translation>This file could not be read as a bundle ({detail}). The other files are not affected.</translation>
    </message>
    <message>
      <source>The bundle attaches a file to a project it does not carry as its own ({entry}, line {line}, record {id}). Nothing was imported.</source>
      <translation>The bundle attaches a file to a project it does not carry as its own ({entry}, line {line}, record {id}). Nothing was imported.</translation>
    </message>
    <message>
      <source>A district bundle may not carry review decisions ({entry}, line {line}). Nothing was imported.</source>
      <translation>A district bundle may not carry review decisions ({entry}, line {line}). Nothing was imported.</translation>
    </message>
    <message>
      <source>The dataset was not created: record {id} would be refused by the districts (field {field}, value {value}). Correct the record and export again.</source>
      <translation>The dataset was not created: record {id} would be refused by the districts (field {field}, value {value}). Correct the record and export again.</translation>
    </message>
    <message>
      <source>Unknown currency: {value}. Use an ISO 4217 code such as TRY, EUR or USD.</source>
      <translation>Unknown currency: {value}. Use an ISO 4217 code such as TRY, EUR or USD.</translation>
    </message>
    <message>
      <source>This text is too long (at most {max} characters).</source>
      <translation>This text is too long (at most {max} characters).</translation>
    </message>
    <message>
      <source>This value has the wrong form.</source>
      <translation>This value has the wrong form.</translation>
    </message>
    <message>
      <source>Too many rows (at most {max}).</source>
      <translation>Too many rows (at most {max}).</translation>
    </message>
    <message>
      <source>The same value is selected twice.</source>
      <translation>The same value is selected twice.</translation>
    </message>
    <message>
      <source>A row has the wrong form.</source>
      <translation>A row has the wrong form.</translation>
    </message>
    <message>
      <source>A cell is too long (at most {max} characters).</source>
      <translation>A cell is too long (at most {max} characters).</translation>
    </message>
    <message>
      <source>A web address is too long (at most {max} characters).</source>
      <translation>A web address is too long (at most {max} characters).</translation>
    </message>
    <message>
      <source>The extra sites or the project area are not valid (at most {sites} sites and one area of at most {corners} corners, coordinates within range).</source>
      <translation>The extra sites or the project area are not valid (at most {sites} sites and one area of at most {corners} corners, coordinates within range).</translation>
    </message>
    <message>
      <source>The source and the target are the same workspace: {target}</source>
      <translation>The source and the target are the same workspace: {target}</translation>
    </message>
    <message>
      <source>The target already holds data (table {table}); a move only fills an empty workspace: {target}</source>
      <translation>The target already holds data (table {table}); a move only fills an empty workspace: {target}</translation>
    </message>
    <message>
      <source>The source and the target have different tables ({tables}); update the application first.</source>
      <translation>The source and the target have different tables ({tables}); update the application first.</translation>
    </message>
    <message>
      <source>“{title}” was changed by {by} at {at} while you were editing it. Your changes were not saved: reopen the project to see the current version, then make your changes again.</source>
      <translation>“{title}” was changed by {by} at {at} while you were editing it. Your changes were not saved: reopen the project to see the current version, then make your changes again.</translation>
    </message>
    <message>
      <source>The PostgreSQL server asks for a password for {target}: put it in ~/.pgpass or PGPASSWORD, or run the command in a terminal to be asked for it.</source>
      <translation>The PostgreSQL server asks for a password for {target}: put it in ~/.pgpass or PGPASSWORD, or run the command in a terminal to be asked for it.</translation>
    </message>
    <message>
      <source>The PostgreSQL server refused the password for {target}.</source>
      <translation>The PostgreSQL server refused the password for {target}.</translation>
    </message>
    <message>
      <source>Index {name} is invalid (rebuild it with REINDEX).</source>
      <translation>Index {name} is invalid (rebuild it with REINDEX).</translation>
    </message>
    <message>
      <source>Search index {name} is missing.</source>
      <translation>Search index {name} is missing.</translation>
    </message>
    <message>
      <source>{count} project identifier(s) occur more than once.</source>
      <translation>{count} project identifier(s) occur more than once.</translation>
    </message>
    <message>
      <source>The sequence of {name} is behind the data (new rows would collide).</source>
      <translation>The sequence of {name} is behind the data (new rows would collide).</translation>
    </message>
    <message>
      <source>Only a workspace file can be backed up here; back up a PostgreSQL database with pg_dump.</source>
      <translation>Only a workspace file can be backed up here; back up a PostgreSQL database with pg_dump.</translation>
    </message>
    <message>
      <source>The backup {path} does not exist.</source>
      <translation>The backup {path} does not exist.</translation>
    </message>
    <message>
      <source>The backup {path} cannot be checked: its description file ({path}.json) is missing or unreadable. Copy both files together.</source>
      <translation>The backup {path} cannot be checked: its description file ({path}.json) is missing or unreadable. Copy both files together.</translation>
    </message>
    <message>
      <source>The backup {path} is not the one that was made: its content hash does not match. Nothing was changed.</source>
      <translation>The backup {path} is not the one that was made: its content hash does not match. Nothing was changed.</translation>
    </message>
    <message>
      <source>The backup {path} is damaged ({detail}). Nothing was changed.</source>
      <translation>The backup {path} is damaged ({detail}). Nothing was changed.</translation>
    </message>
    <message>
      <source>The folder {path} does not exist.</source>
      <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
      <source>The backup could not be written to {path}: {detail}</source>
      <translation>The backup could not be written to {path}: {detail}</translation>
    </message>
    <message>
      <source>Cancelled. Nothing was changed.</source>
      <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
      <source>This backup belongs to another workspace ({role}, {district}); it was not restored.</source>
      <translation>This backup belongs to another workspace ({role}, {district}); it was not restored.</translation>
    </message>
    <message>
      <source>This is not a valid key backup file.</source>
      <translation>This is not a valid key backup file.</translation>
    </message>
    <message>
      <source>This key backup belongs to {signer}, not to this workspace ({workspace}).</source>
      <translation>This key backup belongs to {signer}, not to this workspace ({workspace}).</translation>
    </message>
    <message>
      <source>A training key and a real key cannot be exchanged: this key backup does not fit this workspace.</source>
      <translation>A training key and a real key cannot be exchanged: this key backup does not fit this workspace.</translation>
    </message>
  </context>
  <context>
    <name>OverviewMapWidget</name>
    <message>
      <source>Projects per district</source>
      <translation>Projects per district</translation>
    </message>
    <message>
      <source>All SDGs</source>
      <translation>All SDGs</translation>
    </message>
    <message>
      <source>Save map image…</source>
      <translation>Save map image…</translation>
    </message>
    <message>
      <source>İzmir (offline vector map)</source>
      <translation>İzmir (offline vector map)</translation>
    </message>
    <message>
      <source>District boundaries</source>
      <translation>District boundaries</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Primary SDG</source>
      <translation>Primary SDG</translation>
    </message>
    <message>
      <source>Projects per district, SDG {goal}</source>
      <translation>Projects per district, SDG {goal}</translation>
    </message>
    <message>
      <source>No SDG</source>
      <translation>No SDG</translation>
    </message>
    <message>
      <source>The saved map pack could not be opened, so the built-in İzmir map is shown. Install the pack again in Map ▸ Offline map packs.</source>
      <translation>The saved map pack could not be opened, so the built-in İzmir map is shown. Install the pack again in Map ▸ Offline map packs.</translation>
    </message>
    <message>
      <source>Save map image</source>
      <translation>Save map image</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG images (*.png)</translation>
    </message>
  </context>
  <context>
    <name>PeopleSection</name>
    <message>
      <source>Other groups, e.g. fishers, seasonal workers</source>
      <translation>Other groups, e.g. fishers, seasonal workers</translation>
    </message>
    <message>
      <source>number of people, e.g. {example}</source>
      <translation>number of people, e.g. {example}</translation>
    </message>
    <message>
      <source>&amp;Target groups:</source>
      <translation>&amp;Target groups:</translation>
    </message>
    <message>
      <source>&amp;Other target groups:</source>
      <translation>&amp;Other target groups:</translation>
    </message>
    <message>
      <source>Beneficiaries &amp;planned:</source>
      <translation>Beneficiaries &amp;planned:</translation>
    </message>
    <message>
      <source>Beneficiaries &amp;reached:</source>
      <translation>Beneficiaries &amp;reached:</translation>
    </message>
    <message>
      <source>Type a whole number of people, e.g. {example}.</source>
      <translation>Type a whole number of people, e.g. {example}.</translation>
    </message>
  </context>
  <context>
    <name>ProjectForm</name>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Alignment (SDG / WHO)</source>
      <translation>Alignment (SDG / WHO)</translation>
    </message>
    <message>
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Resources &amp;&amp; partners</source>
      <translation>Resources &amp;&amp; partners</translation>
    </message>
    <message>
      <source>Results &amp;&amp; evidence</source>
      <translation>Results &amp;&amp; evidence</translation>
    </message>
    <message>
      <source>Contact (personal data)</source>
      <translation>Contact (personal data)</translation>
    </message>
    <message>
      <source>Review &amp;&amp; visibility</source>
      <translation>Review &amp;&amp; visibility</translation>
    </message>
    <message>
      <source>&amp;Save project</source>
      <translation>&amp;Save project</translation>
    </message>
    <message>
      <source>This project could not be shown: one of its values cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</source>
      <translation>This project could not be shown: one of its values cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</translation>
    </message>
    <message>
      <source>Additional sites and project area</source>
      <translation>Additional sites and project area</translation>
    </message>
    <message>
      <source>This project could not be shown: its value “{field}” (tab {tab}) cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</source>
      <translation>This project could not be shown: its value “{field}” (tab {tab}) cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</translation>
    </message>
    <message>
      <source>This project could not be shown: its value “{field}” cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</source>
      <translation>This project could not be shown: its value “{field}” cannot be read. Nothing of it is shown here, and it cannot be edited or saved in this window.</translation>
    </message>
    <message>
      <source>Not saved: please correct the fields marked in red.</source>
      <translation>Not saved: please correct the fields marked in red.</translation>
    </message>
    <message>
      <source>Not saved.</source>
      <translation>Not saved.</translation>
    </message>
    <message>
      <source>Saved. Please check these points:</source>
      <translation>Saved. Please check these points:</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>This project has changes that are not saved yet. Save them now?</source>
      <translation>This project has changes that are not saved yet. Save them now?</translation>
    </message>
    <message>
      <source>Has errors</source>
      <translation>Has errors</translation>
    </message>
    <message>
      <source>Has warnings</source>
      <translation>Has warnings</translation>
    </message>
    <message>
      <source>Read only: this project belongs to {district}. It was received from the central office for reference; only its own district can change it.</source>
      <translation>Read only: this project belongs to {district}. It was received from the central office for reference; only its own district can change it.</translation>
    </message>
    <message>
      <source>Central office review: {state}.</source>
      <translation>Central office review: {state}.</translation>
    </message>
    <message>
      <source>Comment: {comment}</source>
      <translation>Comment: {comment}</translation>
    </message>
  </context>
  <context>
    <name>ProjectListPanel</name>
    <message>
      <source>Search title, purpose, partners… (Ctrl+F)</source>
      <translation>Search title, purpose, partners… (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search projects</source>
      <translation>Search projects</translation>
    </message>
    <message>
      <source>All districts</source>
      <translation>All districts</translation>
    </message>
    <message>
      <source>District filter</source>
      <translation>District filter</translation>
    </message>
    <message>
      <source>All SDGs</source>
      <translation>All SDGs</translation>
    </message>
    <message>
      <source>SDG filter</source>
      <translation>SDG filter</translation>
    </message>
    <message>
      <source>All WHO themes</source>
      <translation>All WHO themes</translation>
    </message>
    <message>
      <source>WHO theme filter</source>
      <translation>WHO theme filter</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Status filter</translation>
    </message>
    <message>
      <source>Show deleted</source>
      <translation>Show deleted</translation>
    </message>
    <message>
      <source>Deleted projects are kept and can be restored</source>
      <translation>Deleted projects are kept and can be restored</translation>
    </message>
    <message>
      <source>Project list</source>
      <translation>Project list</translation>
    </message>
    <message>
      <source>{visible} of {total} projects shown</source>
      <translation>{visible} of {total} projects shown</translation>
    </message>
  </context>
  <context>
    <name>ProjectTableModel</name>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>District</source>
      <translation>District</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Primary SDG</source>
      <translation>Primary SDG</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>SDGs</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>Deleted (can be restored)</source>
      <translation>Deleted (can be restored)</translation>
    </message>
    <message>
      <source>From the central dataset (read-only)</source>
      <translation>From the central dataset (read-only)</translation>
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
      <translation>Currency</translation>
    </message>
    <message>
      <source>The currency of the budget: never converted</source>
      <translation>The currency of the budget: never converted</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>&amp;Add partner</source>
      <translation>&amp;Add partner</translation>
    </message>
    <message>
      <source>Remove partner</source>
      <translation>Remove partner</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <source>Open to &amp;collaboration with other districts</source>
      <translation>Open to &amp;collaboration with other districts</translation>
    </message>
    <message>
      <source>What is sought: partners, know-how, co-funding …</source>
      <translation>What is sought: partners, know-how, co-funding …</translation>
    </message>
    <message>
      <source>&amp;Budget:</source>
      <translation>&amp;Budget:</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Budget amount</source>
      <translation>Budget amount</translation>
    </message>
    <message>
      <source>(no currency)</source>
      <translation>(no currency)</translation>
    </message>
    <message>
      <source>At most two decimals, e.g. {example}.</source>
      <translation>At most two decimals, e.g. {example}.</translation>
    </message>
    <message>
      <source>The budget is in {currency}: type the amount without another currency's sign, or choose that currency.</source>
      <translation>The budget is in {currency}: type the amount without another currency's sign, or choose that currency.</translation>
    </message>
    <message>
      <source>Type an amount in {currency}, e.g. {example}.</source>
      <translation>Type an amount in {currency}, e.g. {example}.</translation>
    </message>
    <message>
      <source>&amp;Funding source:</source>
      <translation>&amp;Funding source:</translation>
    </message>
    <message>
      <source>&amp;Partners:</source>
      <translation>&amp;Partners:</translation>
    </message>
    <message>
      <source>Collaboration:</source>
      <translation>Collaboration:</translation>
    </message>
    <message>
      <source>What is &amp;sought:</source>
      <translation>What is &amp;sought:</translation>
    </message>
  </context>
  <context>
    <name>ResultsSection</name>
    <message>
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Baseline</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>Actual</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>&amp;Add result</source>
      <translation>&amp;Add result</translation>
    </message>
    <message>
      <source>Remove result</source>
      <translation>Remove result</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Update</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Add &amp;update</source>
      <translation>Add &amp;update</translation>
    </message>
    <message>
      <source>Remove update</source>
      <translation>Remove update</translation>
    </message>
    <message>
      <source>Progress updates</source>
      <translation>Progress updates</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Web address</translation>
    </message>
    <message>
      <source>Add &amp;link</source>
      <translation>Add &amp;link</translation>
    </message>
    <message>
      <source>Remove link</source>
      <translation>Remove link</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Links</translation>
    </message>
    <message>
      <source>comma separated, e.g. compost, school gardens</source>
      <translation>comma separated, e.g. compost, school gardens</translation>
    </message>
    <message>
      <source>&amp;Results:</source>
      <translation>&amp;Results:</translation>
    </message>
    <message>
      <source>&amp;Progress updates:</source>
      <translation>&amp;Progress updates:</translation>
    </message>
    <message>
      <source>&amp;Links:</source>
      <translation>&amp;Links:</translation>
    </message>
    <message>
      <source>&amp;Keywords:</source>
      <translation>&amp;Keywords:</translation>
    </message>
    <message>
      <source>Internal &amp;notes:</source>
      <translation>Internal &amp;notes:</translation>
    </message>
    <message>
      <source>Progress update {row}: {problem}</source>
      <translation>Progress update {row}: {problem}</translation>
    </message>
  </context>
  <context>
    <name>ReviewSection</name>
    <message>
      <source>Internal records stay out of public exports and the public map.</source>
      <translation>Internal records stay out of public exports and the public map.</translation>
    </message>
    <message>
      <source>No comment from the central office.</source>
      <translation>No comment from the central office.</translation>
    </message>
    <message>
      <source>&amp;Visibility:</source>
      <translation>&amp;Visibility:</translation>
    </message>
    <message>
      <source>Review state:</source>
      <translation>Review state:</translation>
    </message>
    <message>
      <source>Reviewer's comment:</source>
      <translation>Reviewer's comment:</translation>
    </message>
    <message>
      <source>Set by the metropolitan central office.</source>
      <translation>Set by the metropolitan central office.</translation>
    </message>
  </context>
  <context>
    <name>Runner</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ScorecardView</name>
    <message>
      <source>Readiness 0-100 weighs: required fields 30, SDG targets 20, precise location 15, results 15, beneficiaries 10, English title 10.</source>
      <translation>Readiness 0-100 weighs: required fields 30, SDG targets 20, precise location 15, results 15, beneficiaries 10, English title 10.</translation>
    </message>
    <message>
      <source>District</source>
      <translation>District</translation>
    </message>
    <message>
      <source>Readiness</source>
      <translation>Readiness</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projects</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>Last activity</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Next steps</translation>
    </message>
    <message>
      <source>{date} (import)</source>
      <translation>{date} (import)</translation>
    </message>
  </context>
  <context>
    <name>SdgPicker</name>
    <message>
      <source>Primary SDG goal</source>
      <translation>Primary SDG goal</translation>
    </message>
    <message>
      <source>Find a target of any goal, e.g. 11.6 or waste</source>
      <translation>Find a target of any goal, e.g. 11.6 or waste</translation>
    </message>
    <message>
      <source>Find an SDG target</source>
      <translation>Find an SDG target</translation>
    </message>
    <message>
      <source>SDG targets of the selected goals</source>
      <translation>SDG targets of the selected goals</translation>
    </message>
    <message>
      <source>Select goals above to list their targets here.</source>
      <translation>Select goals above to list their targets here.</translation>
    </message>
    <message>
      <source>&amp;Primary goal:</source>
      <translation>&amp;Primary goal:</translation>
    </message>
    <message>
      <source>&amp;Targets:</source>
      <translation>&amp;Targets:</translation>
    </message>
    <message>
      <source>{text} (unofficial translation)</source>
      <translation>{text} (unofficial translation)</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>İZSA Desktop – first-run setup</source>
      <translation>İZSA Desktop – first-run setup</translation>
    </message>
  </context>
  <context>
    <name>SimilarPanel</name>
    <message>
      <source>Similar projects</source>
      <translation>Similar projects</translation>
    </message>
    <message>
      <source>Type a title to see similar projects.</source>
      <translation>Type a title to see similar projects.</translation>
    </message>
    <message>
      <source>Find similar projects</source>
      <translation>Find similar projects</translation>
    </message>
    <message>
      <source>In this district</source>
      <translation>In this district</translation>
    </message>
    <message>
      <source>In other districts</source>
      <translation>In other districts</translation>
    </message>
    <message>
      <source>Similar projects appear as you type, or on request.</source>
      <translation>Similar projects appear as you type, or on request.</translation>
    </message>
    <message>
      <source>Preparing the similarity index…</source>
      <translation>Preparing the similarity index…</translation>
    </message>
    <message>
      <source>Double-click a project to open it.</source>
      <translation>Double-click a project to open it.</translation>
    </message>
    <message>
      <source>No similar projects yet.</source>
      <translation>No similar projects yet.</translation>
    </message>
    <message>
      <source>central copy</source>
      <translation>central copy</translation>
    </message>
    <message>
      <source>words: {words}</source>
      <translation>words: {words}</translation>
    </message>
    <message>
      <source>targets: {targets}</source>
      <translation>targets: {targets}</translation>
    </message>
    <message>
      <source>{km:.1f} km away</source>
      <translation>{km:.1f} km away</translation>
    </message>
  </context>
  <context>
    <name>TargetsView</name>
    <message>
      <source>Back to the matrix</source>
      <translation>Back to the matrix</translation>
    </message>
  </context>
  <context>
    <name>_OfficePage</name>
    <message>
      <source>Your office</source>
      <translation>Your office</translation>
    </message>
    <message>
      <source>District</source>
      <translation>District</translation>
    </message>
    <message>
      <source>Office name</source>
      <translation>Office name</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Your name</translation>
    </message>
    <message>
      <source>&amp;District:</source>
      <translation>&amp;District:</translation>
    </message>
    <message>
      <source>&amp;Office name:</source>
      <translation>&amp;Office name:</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>Your &amp;name:</translation>
    </message>
    <message>
      <source>İzmir Metropolitan Municipality – Sustainability Network (İZSA)</source>
      <translation>İzmir Metropolitan Municipality – Sustainability Network (İZSA)</translation>
    </message>
    <message>
      <source>The central office verifies and merges the districts' bundles.</source>
      <translation>The central office verifies and merges the districts' bundles.</translation>
    </message>
    <message>
      <source>Projects you enter belong to this district.</source>
      <translation>Projects you enter belong to this district.</translation>
    </message>
    <message>
      <source>{district} Municipality</source>
      <translation>{district} Municipality</translation>
    </message>
  </context>
  <context>
    <name>_RolePage</name>
    <message>
      <source>Welcome to İZSA Desktop</source>
      <translation>Welcome to İZSA Desktop</translation>
    </message>
    <message>
      <source>Who will use this workspace? You can record projects offline; they are shared later as signed bundles.</source>
      <translation>Who will use this workspace? You can record projects offline; they are shared later as signed bundles.</translation>
    </message>
    <message>
      <source>A &amp;district municipality office</source>
      <translation>A &amp;district municipality office</translation>
    </message>
    <message>
      <source>The &amp;metropolitan central office (merges all districts)</source>
      <translation>The &amp;metropolitan central office (merges all districts)</translation>
    </message>
  </context>
</TS>
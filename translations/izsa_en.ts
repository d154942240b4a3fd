<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
      <source>Reset training data</source>
      <translation>Reset training data</translation>
    </message>
    <message>
      <source>Discard every change made in this training workspace and restore the sample data?</source>
      <translation>Discard every change made in this training workspace and restore the sample data?</translation>
    </message>
    <message>
      <source>About İZSA Desktop</source>
      <translation>About İZSA Desktop</translation>
    </message>
    <message>
      <source>İZSA Desktop: the sustainability project inventory of İzmir's district municipalities.

Map data © OpenStreetMap contributors (ODbL). Neighbourhood points: Who's On First, GeoNames (CC BY 4.0). SDG texts: Open SDG (MIT).</source>
      <translation>İZSA Desktop: the sustainability project inventory of İzmir's district municipalities.

Map data © OpenStreetMap contributors (ODbL). Neighbourhood points: Who's On First, GeoNames (CC BY 4.0). SDG texts: Open SDG (MIT).</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
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
      <source>The count cannot be negative.</source>
      <translation>The count cannot be negative.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was changed; free some space and try again.</source>
      <translation>The disk is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
      <source>Error: {code}</source>
      <translation>Error: {code}</translation>
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
      <source>Budget in TL</source>
      <translation>Budget in TL</translation>
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
    <message>
      <source>At most two decimals (kuruş), e.g. {example}.</source>
      <translation>At most two decimals (kuruş), e.g. {example}.</translation>
    </message>
    <message>
      <source>Type an amount in TL, e.g. {example}.</source>
      <translation>Type an amount in TL, e.g. {example}.</translation>
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
  <context>
    <name>window</name>
    <message>
      <source>Delete “{title}”</source>
      <translation>Delete “{title}”</translation>
    </message>
  </context>
</TS>
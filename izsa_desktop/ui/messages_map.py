"""Wording of the map layer's error codes (MBTiles packs, coordinates)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "not_mbtiles": QT_TRANSLATE_NOOP("Messages", "This file is not an MBTiles map pack."),
    "mbtiles_corrupt": QT_TRANSLATE_NOOP("Messages", "The map pack is damaged and cannot be read."),
    "mbtiles_empty": QT_TRANSLATE_NOOP("Messages", "The map pack contains no map tiles."),
    "mbtiles_outside_izmir": QT_TRANSLATE_NOOP("Messages", "The map pack does not cover İzmir."),
    "mbtiles_format_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "The map pack uses a tile format this application cannot show (PNG, JPEG and WebP are supported)."
    ),
    "mbtiles_timeout": QT_TRANSLATE_NOOP(
        "Messages", "The map pack could not be checked within {seconds} seconds: its tables are damaged or never "
        "end. It was not installed."
    ),
    "mbtiles_cancelled": QT_TRANSLATE_NOOP("Messages", "Installing the map pack was cancelled. Nothing was installed."),
    "mbtiles_not_plain": QT_TRANSLATE_NOOP(
        "Messages", "The map pack was not installed: its tiles or metadata are not plain tables (views, triggers or "
        "computed columns are not accepted). Export the pack again from QGIS or GDAL."
    ),
    "mbtiles_install_failed": QT_TRANSLATE_NOOP(
        "Messages", "The map pack could not be saved in the application's folder ({detail}). Nothing was installed."
    ),
    "mbtiles_not_app_pack": QT_TRANSLATE_NOOP(
        "Messages", "This map pack was not installed by this version of the application. Install it again."
    ),
}

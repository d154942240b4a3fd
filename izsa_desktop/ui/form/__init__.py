"""The project form: ``ProjectForm`` (tabs of every Project field, inline validation, save, guard)."""

from .form import ProjectForm
from .location import LocationSection, PickerFactory, map_picker_factory

__all__ = ["LocationSection", "PickerFactory", "ProjectForm", "map_picker_factory"]

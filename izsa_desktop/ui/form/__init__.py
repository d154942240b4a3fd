"""The project form: ``ProjectForm`` (tabs of every Project field, inline validation, save, guard)."""

from .form import ProjectForm
from .location import LocationSection, PickerFactory

__all__ = ["LocationSection", "PickerFactory", "ProjectForm"]

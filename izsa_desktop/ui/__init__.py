"""Qt user interface: windows, dialogs, item models, background-work helper, translations."""


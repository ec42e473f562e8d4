"""A sampling parameter (temperature, top_p): slider and spin box in step, or "use the model's default"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

STEPS_PER_UNIT = 100


class SamplingControl(QWidget):
    """``changed(value)`` carries a float, or None when "Model default" is ticked."""

    changed = Signal(object)

    def __init__(self, label: str, maximum: float, tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.default_box = QCheckBox(self.tr("Model default"), self)
        self.default_box.setAccessibleName(self.tr("{label}: use the model's default").format(label=label))
        self.default_box.setToolTip(
            self.tr("Leave {label} unset so the model's default applies").format(label=label.lower())
        )
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, round(maximum * STEPS_PER_UNIT))
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(self.tr("{label} slider").format(label=label))
        self.slider.setToolTip(tip)
        self.spin = QDoubleSpinBox(self)
        self.maximum = maximum
        self.spin.setRange(0.0, maximum)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(0.05)
        self.spin.setAccessibleName(label)
        self.spin.setToolTip(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.default_box)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self._updating = False
        self.default_box.toggled.connect(self._on_default_toggled)
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)

    def value(self) -> float | None:
        return None if self.default_box.isChecked() else round(self.spin.value(), 2)

    def set_value(self, value: float | None, *, fallback: float = 1.0) -> None:
        self._updating = True
        try:
            self.default_box.setChecked(value is None)
            shown = fallback if value is None else value
            # an out-of-range value (from an imported file) is shown as it is, next to its error
            self.spin.setRange(min(0.0, shown), max(self.maximum, shown))
            self.spin.setValue(shown)
            self.slider.setValue(round(shown * STEPS_PER_UNIT))
            self._enable(value is not None)
        finally:
            self._updating = False

    def _enable(self, on: bool) -> None:
        self.slider.setEnabled(on)
        self.spin.setEnabled(on)

    def _emit(self) -> None:
        if not self._updating:
            self.changed.emit(self.value())

    def _on_default_toggled(self, unset: bool) -> None:
        self._enable(not unset)
        self._emit()

    def _on_slider(self, steps: int) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self.spin.setValue(steps / STEPS_PER_UNIT)
        finally:
            self._updating = False
        self._emit()

    def _on_spin(self, value: float) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self.slider.setValue(round(value * STEPS_PER_UNIT))
        finally:
            self._updating = False
        self._emit()

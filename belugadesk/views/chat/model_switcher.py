"""The model switcher in the composer: the profile's models, the thread's choice shown, a new choice sent to
the view-model (which remembers it with the thread)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from belugadesk.viewmodels.chat.model_choice import ModelChoice


class ModelSwitcher(QComboBox):
    """Lists the models when first opened (then from the view-model's cache); ``choose(model)`` is called with
    the model the person picks."""

    def __init__(self, choice: ModelChoice, choose: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = choice
        self._choose = choose
        self.setObjectName("modelSwitcher")
        self.setAccessibleName(self.tr("Model"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setMaxVisibleItems(14)
        choice.modelsChanged.connect(lambda _models, _problem: self._fill())
        choice.chosenChanged.connect(lambda _model: self._fill())
        self.activated.connect(self._on_activated)
        self._fill()

    def showPopup(self) -> None:
        self.choice.request_models()  # listed once per profile; the list fills in while open
        super().showPopup()

    def _fill(self) -> None:
        chosen = self.choice.chosen
        models = self.choice.models or ([chosen] if chosen else [])
        self.blockSignals(True)
        self.clear()
        for model in models:
            default = model == self.choice.assistant_model
            self.addItem(self.tr("{model} (assistant's)").format(model=model) if default else model, model)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)
        whose = (
            self.tr("the assistant's own model")
            if not self.choice.choice
            else self.tr("chosen for this thread")
        )
        tip = (
            self.tr("The model that writes the replies in this thread: {model} ({whose}).").format(
                model=chosen, whose=whose
            )
            if chosen
            else ""
        )
        if self.choice.problem:
            tip = f"{tip}\n{self.choice.problem}".strip()
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def _on_activated(self, index: int) -> None:
        model = self.itemData(index)
        if isinstance(model, str) and model != self.choice.chosen:
            self._choose(model)

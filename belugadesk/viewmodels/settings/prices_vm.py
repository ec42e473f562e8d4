"""Settings → Prices: the per-model price table (USD per million tokens) behind the chat's cost estimate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.settings import ModelPrice
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.view_model import ViewModel

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("PriceTableModel", "Model"),
    QT_TRANSLATE_NOOP("PriceTableModel", "Input"),
    QT_TRANSLATE_NOOP("PriceTableModel", "Output"),
    QT_TRANSLATE_NOOP("PriceTableModel", "Cached input"),
)
_TIPS = (
    QT_TRANSLATE_NOOP(
        "PriceTableModel", "The model name; dated snapshots (gpt-4o-2024-08-06) use the price of their family"
    ),
    QT_TRANSLATE_NOOP("PriceTableModel", "USD per million input tokens"),
    QT_TRANSLATE_NOOP("PriceTableModel", "USD per million output tokens"),
    QT_TRANSLATE_NOOP(
        "PriceTableModel", "USD per million cached input tokens; empty when the model has no cached price"
    ),
)


def _number(text: str, *, optional: bool) -> float | None:
    text = text.strip().removeprefix("$").replace(",", ".")
    if not text:
        if optional:
            return None
        raise ValueError("Enter a price (USD per million tokens), e.g. 0.40.")
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a number; enter a price such as 0.40.") from None
    if value < 0 or value != value or value == float("inf"):
        raise ValueError("A price must be zero or more.")
    return value


class PriceTableModel(QAbstractTableModel):
    """Rows of (model, price), sorted by model name; edits go through :class:`PricesViewModel`."""

    def __init__(self, owner: PricesViewModel):
        super().__init__(owner)
        self.owner = owner
        self.rows: list[tuple[str, ModelPrice]] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                title = QCoreApplication.translate("PriceTableModel", COLUMNS[section])
                return title if section == 0 else f"{title} $/1M"
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("PriceTableModel", _TIPS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        model, price = self.rows[index.row()]
        values = (model, price.input, price.output, price.cached_input)
        value = values[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return value
            return "" if value is None else f"{value:g}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("PriceTableModel", _TIPS[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.owner.edit(index.row(), index.column(), str(value))

    def load(self, prices: dict[str, ModelPrice]) -> None:
        self.beginResetModel()
        self.rows = sorted(prices.items())
        self.endResetModel()


class PricesViewModel(ViewModel):
    def __init__(self, state: SettingsState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.model = PriceTableModel(self)
        self.model.load(state.settings.prices)
        state.pricesChanged.connect(self.model.load)

    def _prices(self) -> dict[str, ModelPrice]:
        return dict(self.model.rows)

    def edit(self, row: int, column: int, text: str) -> bool:
        """Check one edited cell; a bad value gives an error sentence and changes nothing."""
        if not 0 <= row < len(self.model.rows):
            return False
        name, price = self.model.rows[row]
        prices = self._prices()
        try:
            if column == 0:
                new_name = text.strip()
                if not new_name:
                    raise ValueError("A model name cannot be empty.")
                if new_name != name and new_name in prices:
                    raise ValueError(f"There is already a price for {new_name}.")
                del prices[name]
                prices[new_name] = price
            else:
                field = ("input", "output", "cached_input")[column - 1]
                number = _number(text, optional=field == "cached_input")
                prices[name] = ModelPrice.model_validate({**price.model_dump(), field: number})
        except ValueError as exc:
            self.set_error(str(exc).splitlines()[0] if str(exc) else self.tr("Invalid price."))
            return False
        self._commit(prices)
        return True

    def add(self, model: str) -> bool:
        name = model.strip()
        if not name:
            self.set_error(self.tr("Type the model name first, e.g. gpt-4.1."))
            return False
        if name in self._prices():
            self.set_error(self.tr("There is already a price for {name}.").format(name=name))
            return False
        self._commit({**self._prices(), name: ModelPrice(input=0.0, output=0.0)})
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            prices = self._prices()
            del prices[self.model.rows[row][0]]
            self._commit(prices)

    def _commit(self, prices: dict[str, ModelPrice]) -> None:
        self.clear_error()
        self.model.load(prices)
        self.start(self.state.change(prices=prices), failure=self.tr("The prices were not saved."))

    def row_of(self, model: str) -> int:
        return next((i for i, (name, _p) in enumerate(self.model.rows) if name == model), -1)

"""Today's row menus: every row has a context menu, and its keys work while its table has the
focus. Built one turn after the first paint (or at first use), so the first frame imports
neither the commands nor the dialogs the actions open."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.views.bulk_menu import AccountBulkActions
from ui.views.task_menu import TaskActions

if TYPE_CHECKING:
    from ui.views.today import TodayView


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


def build_row_menus(view: TodayView) -> tuple[AccountBulkActions, dict[str, TaskActions]]:
    """The bulk account actions and each due list's task actions, added to ``view``'s tables."""
    bulk = AccountBulkActions(view.ctx, view, view.selected_account_ids)
    task_actions: dict[str, TaskActions] = {}

    def fill_bulk(menu: QMenu) -> None:
        menu.clear()
        ids = view.selected_account_ids()
        if ids:
            bulk.fill(menu, ids)

    for name, section in (("overdue", view.overdue), ("soon", view.due_soon),
                          ("risk", view.at_risk), ("checkins", view.checkins)):
        table = section.table
        if section is view.overdue or section is view.due_soon:
            task_actions[name] = TaskActions(view.ctx, table, partial(view.selected_tasks, section),
                                             initiator=view)
            separator = QAction(table)
            separator.setSeparator(True)
            table.addAction(separator)
        open_action = QAction(tr("&Open account"), table)
        open_action.triggered.connect(lambda _=False, t=table: view.open_index(t.currentIndex()))
        table.addAction(open_action)
        accounts = QAction(tr("Selected a&ccounts"), table)
        menu = QMenu(view)
        menu.aboutToShow.connect(lambda m=menu: fill_bulk(m))
        accounts.setMenu(menu)
        table.addAction(accounts)
    for actions in task_actions.values():
        actions.update_enabled()
    return bulk, task_actions

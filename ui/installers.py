"""Plugs the views and Excel entries built outside the shell into a new main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.main_window import MainWindow
from ui.views.account_detail import AccountDetailView
from ui.views.lazy import LazyView
from ui.views.playbooks import PlaybooksView


def tr(text: str) -> str:
    return QCoreApplication.translate("installers", text)


def install_views(window: MainWindow) -> None:
    ctx = window.ctx
    window.add_view("account", AccountDetailView(ctx), tr("Account"), "Ctrl+3")
    window.add_view("playbooks", PlaybooksView(ctx), tr("Playbooks"), "Ctrl+4")

    def dashboard() -> QWidget:
        from ui.views.dashboard import DashboardView

        return DashboardView(ctx)

    def analytics() -> QWidget:
        from ui.views.analytics import AnalyticsView

        return AnalyticsView(ctx)

    window.add_view("dashboard", LazyView(dashboard), tr("Dashboard"), "Ctrl+5")
    window.add_view("analytics", LazyView(analytics), tr("Analytics"), "Ctrl+6")


def install_excel(window: MainWindow) -> None:
    """File menu: import, report export, template, and sharing playbooks as workbooks."""
    from ui.dialogs import export_dialog, import_dialog

    ctx = window.ctx
    window.connect_file_action("import", lambda: import_dialog.run_import(ctx, window))
    window.connect_file_action("export", lambda: export_dialog.run_export(ctx, window))
    window.connect_file_action("template", lambda: export_dialog.save_template(ctx, window))
    menu = window.file_menu
    anchor = window.template_action
    actions = menu.actions()
    before = actions[actions.index(anchor) + 1] if anchor in actions else None
    export_pb = menu.addAction(tr("Export &playbooks…"))
    import_pb = menu.addAction(tr("Import p&laybooks…"))
    export_pb.triggered.connect(lambda: export_dialog.export_playbooks_to_file(ctx, window))
    import_pb.triggered.connect(lambda: export_dialog.import_playbooks_from_file(ctx, window))
    if before is not None:
        menu.removeAction(export_pb)
        menu.removeAction(import_pb)
        menu.insertAction(before, export_pb)
        menu.insertAction(before, import_pb)


INSTALLERS = [install_views, install_excel]

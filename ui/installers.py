"""Plugs the views and Excel entries built outside the shell into a new main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.main_window import MainWindow
from ui.views.lazy import LazyView


def tr(text: str) -> str:
    return QCoreApplication.translate("installers", text)


def install_views(window: MainWindow) -> None:
    ctx = window.ctx

    # Every view but Today is built on its first show (or when the window first needs it:
    # opening an account builds the account view), so the start pays for Today only.
    def account() -> QWidget:
        from ui.views.account_detail import AccountDetailView

        return AccountDetailView(ctx)

    def playbooks() -> QWidget:
        from ui.views.playbooks import PlaybooksView

        return PlaybooksView(ctx)

    window.add_view("account", LazyView(account), tr("Account"), "Ctrl+3")
    window.add_view("playbooks", LazyView(playbooks), tr("Playbooks"), "Ctrl+4")

    def dashboard() -> QWidget:
        from ui.views.dashboard import DashboardView

        return DashboardView(ctx)

    def analytics() -> QWidget:
        from ui.views.analytics import AnalyticsView

        return AnalyticsView(ctx)

    window.add_view("dashboard", LazyView(dashboard), tr("Dashboard"), "Ctrl+5")
    window.add_view("analytics", LazyView(analytics), tr("Analytics"), "Ctrl+6")

    def goals() -> QWidget:
        from ui.views.goals import GoalsView

        return GoalsView(ctx)

    window.add_view("goals", LazyView(goals), tr("Goals"), "Ctrl+7")


def install_excel(window: MainWindow) -> None:
    """File menu: import, report export, template, and sharing playbooks as workbooks.

    The dialogs (and openpyxl behind them) are imported on first use, not at start-up.
    """
    ctx = window.ctx

    def run_import() -> None:
        from ui.dialogs import import_dialog

        import_dialog.run_import(ctx, window)

    def run_export() -> None:
        from ui.dialogs import export_dialog

        # Opened while the dashboard shows, the report covers what the dashboard shows.
        from ui.views.dashboard import DashboardView

        view = getattr(window.views.get("dashboard"), "view", None)
        if window.current_view_key() == "dashboard" and isinstance(view, DashboardView):
            export_dialog.run_export(ctx, window, flt=view.current_filter(), as_of=view.as_of())
        else:
            export_dialog.run_export(ctx, window)

    def save_template() -> None:
        from ui.dialogs import export_dialog

        export_dialog.save_template(ctx, window)

    def export_playbooks() -> None:
        from ui.dialogs import export_dialog

        export_dialog.export_playbooks_to_file(ctx, window)

    def import_cases() -> None:
        from ui.dialogs.cases_import_dialog import run_cases_import

        run_cases_import(ctx, window)

    def import_playbooks() -> None:
        from ui.dialogs import export_dialog

        export_dialog.import_playbooks_from_file(ctx, window)

    window.connect_file_action("import", run_import)
    window.connect_file_action("export", run_export)
    window.connect_file_action("template", save_template)
    menu = window.file_menu
    cases = QAction(tr("Import support &cases…"), menu)
    cases.setObjectName("import_cases_action")
    cases.triggered.connect(import_cases)
    menu.insertAction(window.export_action, cases)
    anchor = window.template_action
    actions = menu.actions()
    before = actions[actions.index(anchor) + 1] if anchor in actions else None
    export_pb = menu.addAction(tr("Export &playbooks…"))
    import_pb = menu.addAction(tr("Import p&laybooks…"))
    export_pb.triggered.connect(export_playbooks)
    import_pb.triggered.connect(import_playbooks)
    if before is not None:
        menu.removeAction(export_pb)
        menu.removeAction(import_pb)
        menu.insertAction(before, export_pb)
        menu.insertAction(before, import_pb)


def install_settings(window: MainWindow) -> None:
    """Edit > Health score weights… and Edit > Preferences… (the application menu on macOS)."""
    ctx = window.ctx

    def edit_preferences() -> None:
        from ui.dialogs.preferences import edit_preferences as open_preferences

        window.dialog = open_preferences(ctx, window.settings, window)

    def edit_weights() -> None:
        from ui.dialogs.health_weights_dialog import edit_health_weights

        edit_health_weights(ctx, window)

    def edit_maturity_ladder() -> None:
        from ui.dialogs.ladder_dialog import edit_ladder

        edit_ladder(ctx, window)

    window.edit_menu.addSeparator()
    window.edit_menu.addAction(tr("Health score &weights…"), edit_weights)
    ladder = window.edit_menu.addAction(tr("Maturity &ladder…"), edit_maturity_ladder)
    ladder.setObjectName("maturity_ladder_action")
    window.edit_menu.addSeparator()
    preferences = window.edit_menu.addAction(tr("&Preferences…"), edit_preferences)
    preferences.setObjectName("preferences_action")
    preferences.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)


def install_outreach(window: MainWindow) -> None:
    """File > Export calendar / Save customer plan; Edit > Message templates.

    The calendar covers the account the user means (the selected or open one) when there
    is one, else the whole portfolio; the plan needs an account.
    """
    ctx = window.ctx

    def calendar() -> None:
        from ui import outreach

        outreach.save_calendar(ctx, window, window.current_account_id())

    def calendar_all() -> None:
        from ui import outreach

        outreach.save_calendar(ctx, window, None)

    def plan(fmt: str) -> None:
        from ui import outreach

        account_id = window.current_account_id()
        if account_id is not None:
            outreach.save_customer_plan(ctx, window, account_id, fmt)

    def templates() -> None:
        from ui.dialogs.templates_dialog import edit_templates

        window.dialog = edit_templates(ctx, window)

    menu = window.file_menu
    anchor = window.backup_action
    actions = [
        menu.addAction(tr("Export &calendar of this account…"), calendar),
        menu.addAction(tr("Export calendar of &all accounts…"), calendar_all),
        menu.addAction(tr("Save customer p&lan as workbook…"), lambda: plan("xlsx")),
        menu.addAction(tr("Save customer plan as P&DF…"), lambda: plan("pdf")),
    ]
    window.outreach_actions = actions  # type: ignore[attr-defined]
    for action in actions:
        menu.removeAction(action)
        menu.insertAction(anchor, action)
    menu.insertSeparator(anchor)

    def enable() -> None:
        has_account = window.current_account_id() is not None
        for action in (actions[0], actions[2], actions[3]):
            action.setEnabled(has_account)

    menu.aboutToShow.connect(enable)
    window.edit_menu.addAction(tr("Message &templates…"), templates)


INSTALLERS = [install_views, install_excel, install_settings, install_outreach]

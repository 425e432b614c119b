#pragma once

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace pn {

class AccountPanel;
class BindingsTab;
class Clock;
class RequestLogTab;
class TransfersTab;

// The console's main window: profile switcher with the environment's colour, tabs (Bindings,
// Transfers, Calls, Inbox, Request log), the account panel, and a status bar with the connection
// state, the clock skew and the current profile.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Connection { Unknown, Connecting, Connected, Failed };

    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches every visible text to `lang` ("en" or "zh_CN") and remembers the choice.
    void setLanguage(const QString &lang);

    // What the profile bar and status bar show. `environmentId` is "production", "test" or
    // "sandbox"; the colour is the environment's.
    void showProfile(const QString &name, const QString &environmentId, const QString &colorName,
                     const QString &detail);
    static QString environmentText(const QString &environmentId);
    // A red banner under the profile bar: a production profile talks plain HTTP.
    void setPlainHttpProduction(bool plain);
    // Help → Guide (F1): the bilingual in-app guide.
    void showGuide();
    void setConnection(Connection state, const QString &detail = {});
    void setClockSkewMs(std::optional<qint64> skewMs);

    const Clock &clock() const { return m_clock; }
    AccountPanel *accountPanel() const { return m_accountPanel; }
    BindingsTab *bindingsTab() const { return m_bindingsTab; }
    TransfersTab *transfersTab() const { return m_transfersTab; }
    RequestLogTab *requestLogTab() const { return m_requestLogTab; }
    // Replaces the placeholder of the Calls or Inbox tab with the real widget.
    void setCallsWidget(QWidget *widget);
    void setInboxWidget(QWidget *widget);
    Ui::MainWindow *ui() const { return m_ui.get(); }

    // Window geometry, dock layout and column layouts, from and to QSettings.
    void restoreLayout();
    void saveLayout() const;

Q_SIGNALS:
    void languageChanged(const QString &lang);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    // Extra texts of subclasses / owners; called after every language change.
    virtual void retranslate();

private:
    void showAbout();
    void replaceTab(int index, QWidget *widget, const QString &objectName);
    void renderStatus();

    const Clock &m_clock;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QActionGroup *m_languageGroup = nullptr;
    AccountPanel *m_accountPanel = nullptr;
    QDockWidget *m_accountDock = nullptr;
    BindingsTab *m_bindingsTab = nullptr;
    TransfersTab *m_transfersTab = nullptr;
    RequestLogTab *m_requestLogTab = nullptr;
    QWidget *m_callsWidget = nullptr;
    QWidget *m_inboxWidget = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_skewLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_plainHttpBanner = nullptr;
    bool m_plainHttpProduction = false;
    QString m_profileName;
    QString m_environmentId;
    QString m_profileDetail;
    QString m_environmentColor;
    Connection m_connection = Connection::Unknown;
    QString m_connectionDetail;
    std::optional<qint64> m_skewMs;
};

} // namespace pn

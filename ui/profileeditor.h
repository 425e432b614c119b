#pragma once

#include "platform/platformclient.h"
#include "profiles/profilestore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace pn {

class Clock;

// Adds or edits one profile: every field `pnctl profile add` knows, validated as you type with
// ProfileStore::validate (the reason beside the field, in space kept for it so nothing jumps).
// The auth key and the callback token are typed or pasted into masked fields or read from a
// file; a stored one is never shown, only replaced. "Test connection" signs an account-status
// call with the values as entered, without saving and without blocking.
class ProfileEditor final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };
    // The stored key of an edited profile, for Test connection when no new key is typed.
    using StoredKey = std::function<std::optional<QByteArray>(QString *error)>;

    ProfileEditor(const Clock &clock, Mode mode, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    void setProfile(const Profile &profile);
    // Names already taken (a duplicate name is refused as you type).
    void setTakenNames(const QStringList &names)
    {
        m_takenNames = names;
        validate();
    }
    void setStoredKey(StoredKey storedKey) { m_storedKey = std::move(storedKey); }
    Mode mode() const { return m_mode; }

    // The profile as entered (id and secretRef of the edited one kept).
    Profile profile() const;
    // A new key / token when one was entered; a token of std::optional("") removes it.
    std::optional<QByteArray> newAuthKey() const;
    std::optional<QByteArray> newCallbackToken() const;
    // Field id ("name", "base_url", ..., "auth_key") → the message shown beside it.
    QHash<QString, QString> fieldErrors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }

    // Reads a key / token from a file into the masked field (the file picker's action).
    bool loadKeyFile(const QString &path, QString *error);
    bool loadTokenFile(const QString &path, QString *error);

    void testConnection();
    QString testResultText() const;
    bool testRunning() const { return m_testClient != nullptr; }

    // Checks once more and asks for plain HTTP on production; emits saveRequested().
    void trySave();
    // The owner's save failed: shows why, the dialog stays open.
    void showSaveError(const QString &message);

    // The size it opens with: the whole form where the screen is tall enough, else the
    // screen's available height (the tabs scroll; the buttons stay visible).
    QSize preferredSize() const;
    // The same for a screen whose available area is `available`.
    QSize preferredSize(const QSize &available) const;

Q_SIGNALS:
    void saveRequested();
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLabel *addRow(QFormLayout *form, const QString &field, QLabel *caption, QWidget *widget);
    void validate();
    void retranslate();
    void updatePlainHttpWarning();
    void finishTest(const PlatformResult &result);
    QStringList listFromText(const QString &text) const;

    const Clock &m_clock;
    Mode m_mode;
    Profile m_original;
    QStringList m_takenNames;
    StoredKey m_storedKey;
    QHash<QString, QString> m_errors;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_captions;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_devid = nullptr;
    QLineEdit *m_appids = nullptr;
    QComboBox *m_defaultAppid = nullptr;
    QPlainTextEdit *m_xNumbers = nullptr;
    QLineEdit *m_authKey = nullptr;
    QPushButton *m_authKeyFile = nullptr;
    QLabel *m_authKeyState = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QCheckBox *m_plainHttp = nullptr;
    QLabel *m_plainHttpWarning = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retention = nullptr;
    QDoubleSpinBox *m_rateLimit = nullptr;
    QDoubleSpinBox *m_lowBalance = nullptr;
    QLineEdit *m_callbackAddress = nullptr;
    QSpinBox *m_callbackPort = nullptr;
    QLineEdit *m_callbackAllow = nullptr;
    QLineEdit *m_callbackToken = nullptr;
    QPushButton *m_tokenFile = nullptr;
    QCheckBox *m_removeToken = nullptr;
    QLabel *m_tokenState = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::unique_ptr<PlatformClient> m_testClient;
    QString m_testText;
    bool m_sized = false;
};

} // namespace pn

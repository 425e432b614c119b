#pragma once

// Shared by sandboxplatform.cpp and sandboxadmin.cpp; not part of the library's API.

#include "sandbox/callbackdispatcher.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/sandboxplatform.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QHostAddress>
#include <QTimer>

namespace pn {

struct SandboxPlatform::Private
{
    Private(const Clock &c)
        : clock(c)
        , engine(c, store)
        , api(c, engine)
    {}

    const Clock &clock;
    SandboxStore store;
    SandboxEngine engine;
    SandboxApi api;
    SandboxServer *server = nullptr;
    CallbackDispatcher *callbacks = nullptr;
    QTimer *sweepTimer = nullptr;
    QHostAddress address;
    bool redeliverCdr = false;
    double ratePerMinute = 0.1;
    QUrl recordingBase; // empty = the sandbox's own /sandbox/recordings/
};

} // namespace pn

// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot make-demo --source DIR --out DIR
#include "commands.h"
#include "cliio.h"

#include "agents/import/demobuilder.h"
#include "agents/import/recording.h"

#include <QCoreApplication>
#include <QDir>

namespace cp {

int runMakeDemo(const CommandLine &cl)
{
    const QString scratch = QDir(QDir::tempPath()).filePath(QStringLiteral("campaign-pilot-make-demo-%1.sqlite")
                                                                 .arg(QCoreApplication::applicationPid()));
    auto content = DemoBuilder::build(cl.source, scratch);
    if (!content) {
        err() << CommandLine::tr("error: %1").arg(content.error().toString()) << Qt::endl;
        return 1;
    }
    if (Status s = Recording::write(cl.output, *content); !s) {
        err() << CommandLine::tr("error: %1").arg(s.error().toString()) << Qt::endl;
        return 1;
    }
    out() << CommandLine::tr("demo recording written to %1: %2 products, %3 product days, %4 campaigns, %5 campaign days")
                 .arg(cl.output)
                 .arg(content->products.size())
                 .arg(content->productDays.size())
                 .arg(content->campaigns.size())
                 .arg(content->campaignDays.size())
          << Qt::endl;
    return 0;
}

} // namespace cp

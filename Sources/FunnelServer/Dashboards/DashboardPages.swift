/// The small server-rendered pages around the dashboards: the list, not found, sign-in needed.
enum DashboardPages {
    static func index(_ dashboards: [Dashboard]) -> String {
        let items = dashboards.map { dashboard in
            "<li><a href=\"/dashboards/\(dashboard.name)\">\(HTMLText.escape(dashboard.title.zh))</a> "
                + "<span lang=\"en\">(\(HTMLText.escape(dashboard.title.en)))</span></li>"
        }
        return shell(title: "看板 · Dashboards", body: "<h1>看板 <small lang=\"en\">Dashboards</small></h1><ul>\(items.joined())</ul>")
    }

    static func notFound(name: String) -> String {
        shell(title: "看板不存在", body: "<h1>没有名为 “\(HTMLText.escape(name))” 的看板</h1>"
            + "<p lang=\"en\">No dashboard is named “\(HTMLText.escape(name))”. <a href=\"/dashboards/\">All dashboards</a></p>")
    }

    /// The 401 page: a browser cannot send a bearer header on navigation, so say how to sign in.
    static func signInNeeded(reason: String) -> String {
        shell(title: "需要令牌 · Token needed", body: """
            <h1>需要访问令牌</h1>
            <p>请向管理员索取令牌，或在服务器上运行 <code>funnelhouse token --org ORG --role director</code>，\
            然后打开 <code>/dashboards/NAME?token=令牌</code>。</p>
            <p lang="en">A token is needed (\(HTMLText.escape(reason))). Ask your administrator for one, or run \
            <code>funnelhouse token --org ORG --role director</code> on the server, then open \
            <code>/dashboards/NAME?token=TOKEN</code>; the page keeps it in a cookie.</p>
            """)
    }

    private static func shell(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>\(title)</title>
        <link rel="stylesheet" href="/dashboards/assets/dashboard.css"></head>
        <body class="plain">\(body)</body></html>
        """
    }
}

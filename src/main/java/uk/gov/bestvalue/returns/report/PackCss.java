package uk.gov.bestvalue.returns.report;

/** The page's style sheet, inline so that the page needs nothing else; readable on screen and printed on A4. */
final class PackCss {

    static final String CSS = """
            :root { --ink: #0b0c0c; --muted: #505a5f; --rule: #b1b4b6; --brand: #1d3b5c; --accent: #1d70b8; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.4;
                   color: var(--ink); background: #fff; }
            header { background: var(--brand); color: #fff; padding: 20px 32px 16px; }
            header .council { margin: 0; font-size: 14px; letter-spacing: .04em; text-transform: uppercase; opacity: .85; }
            header h1 { margin: 4px 0 6px; font-size: 30px; }
            header .meta { margin: 0; font-size: 14px; opacity: .9; }
            main { padding: 8px 32px 24px; max-width: 1400px; }
            h2 { font-size: 22px; margin: 32px 0 6px; padding-bottom: 4px; border-bottom: 3px solid var(--accent); }
            h3 { font-size: 17px; margin: 20px 0 8px; }
            nav ol { display: flex; flex-wrap: wrap; gap: 4px 20px; padding: 0; margin: 16px 0 0; list-style: none; }
            nav a { color: var(--accent); }
            .headlines { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; margin-top: 20px; }
            .card { border: 1px solid var(--rule); border-top: 5px solid var(--accent); padding: 12px 16px; }
            .card p { margin: 0; }
            .card .label { font-weight: bold; color: var(--muted); }
            .card .figure { font-size: 28px; font-weight: bold; margin: 4px 0; }
            .card .detail { font-size: 13px; color: var(--muted); }
            .table { overflow-x: auto; }
            table { border-collapse: collapse; margin: 4px 0 2px; font-size: 14px; }
            caption { text-align: left; font-weight: bold; font-size: 16px; padding: 10px 0 6px; }
            th, td { padding: 5px 9px; border-bottom: 1px solid var(--rule); vertical-align: top; }
            thead th { background: var(--brand); color: #fff; font-size: 13px; vertical-align: bottom; min-width: 4.5em; }
            thead th.text { text-align: left; }
            tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            td.num { white-space: nowrap; }
            td.long { min-width: 26em; }
            td.month { white-space: nowrap; }
            td.code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 11px; white-space: nowrap; }
            .status { text-align: center; font-weight: bold; }
            td.status { white-space: nowrap; }
            tr.total th, tr.total td { font-weight: bold; border-top: 2px solid var(--ink); }
            tr.total th, tr.total td:not([class*=" s-"]) { background: #f3f2f1; }
            .s-green { background: #c6efce; color: #006100; }
            .s-amber { background: #ffeb9c; color: #7a4500; }
            .s-red { background: #ffc7ce; color: #9c0006; }
            .s-grey { background: #ededed; color: #505050; font-weight: normal; }
            .badge { display: inline-block; padding: 1px 8px; font-size: 13px; font-weight: bold; vertical-align: middle;
                     border-radius: 3px; }
            .note { font-size: 13px; color: var(--muted); max-width: 1000px; margin: 4px 0 12px; }
            td.rows { font-size: 12px; min-width: 8em; }
            td.rows summary { cursor: pointer; color: var(--accent); white-space: nowrap; }
            td.rows ul { margin: 4px 0 0; padding-left: 16px; }
            @media print { td.rows details:not([open]) { display: none; } }
            .charts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; }
            .charts.wide { grid-template-columns: 1fr; max-width: 980px; }
            figure { margin: 0; border: 1px solid var(--rule); padding: 8px 10px; }
            figcaption { font-weight: bold; margin-bottom: 4px; }
            svg.chart { width: 100%; height: auto; display: block; }
            svg text { font-family: Arial, Helvetica, sans-serif; }
            svg .axis { font-size: 10px; fill: #505a5f; }
            svg .value { font-size: 11px; font-weight: bold; fill: #0b0c0c; }
            svg .legend { font-size: 12px; fill: #0b0c0c; }
            footer { padding: 12px 32px 24px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--rule); }
            @media print {
              @page { size: A4 landscape; margin: 12mm; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              body { font-size: 12px; }
              table { font-size: 11.5px; }
              thead th { font-size: 10.5px; }
              th, td { padding: 3px 6px; }
              .card .figure { font-size: 22px; }
              header { padding: 10px 0; background: none; color: var(--ink); border-bottom: 3px solid var(--brand); }
              main { padding: 0; max-width: none; }
              nav { display: none; }
              section { break-before: page; }
              section.headlines { break-before: avoid; }
              h2, h3, caption { break-after: avoid; }
              figure, .card, tr { break-inside: avoid; }
              thead { display: table-header-group; }
              .table { overflow: visible; }
            }
            """;

    private PackCss() {
    }
}

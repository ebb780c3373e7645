package uk.gov.bestvalue.returns.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import uk.gov.bestvalue.returns.report.dashboard.SpendLine;

/** How the dashboards page writes its figures: pounds, shares, and the length of a bar against the longest. */
final class Figures {

    /** The one instance the templates call as {@code fmt}. */
    static final Figures INSTANCE = new Figures();

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return "£" + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    public String share(BigDecimal share) {
        return share == null ? "-" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    /** The bar of a line as a percentage of the widest line of its table. */
    public String width(SpendLine line, List<SpendLine> table) {
        BigDecimal widest = table.stream().map(l -> l.spend().amount()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (widest.signum() <= 0 || line.spend().amount().signum() <= 0) {
            return "width:0%";
        }
        return "width:" + line.spend().amount().multiply(BigDecimal.valueOf(100)).divide(widest, 1, RoundingMode.HALF_UP)
                + "%";
    }

    /** The part of a bar off contract, as a percentage of the bar. */
    public String offWidth(SpendLine line) {
        BigDecimal share = line.spend().offContractShare();
        return "width:" + (share == null ? "0" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
    }
}

package org.dataprice.index.multilateral;

import java.util.ArrayList;
import java.util.List;

import org.dataprice.index.PricePanel;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/** Test oracle: the time-product dummy regression with all T−1 + N dummies, solved densely by QR. */
final class DenseRegression {
    private DenseRegression() {
    }

    static double[] timeProductDummy(PricePanel panel, boolean weighted) {
        int t = panel.periodCount();
        int n = panel.productCount();
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int s = 0; s < t; s++) {
            double e = 0;
            for (int i = 0; i < n; i++) {
                e += panel.price(s, i) * panel.quantity(s, i);
            }
            for (int i = 0; i < n; i++) {
                if (!panel.isPresent(s, i)) {
                    continue;
                }
                double w = weighted ? Math.sqrt(panel.price(s, i) * panel.quantity(s, i) / e) : 1;
                double[] x = new double[t - 1 + n];
                if (s > 0) {
                    x[s - 1] = w;
                }
                x[t - 1 + i] = w;
                rows.add(x);
                ys.add(w * Math.log(panel.price(s, i)));
            }
        }
        double[][] x = rows.toArray(new double[0][]);
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        RealVector beta = new QRDecomposition(new Array2DRowRealMatrix(x, false)).getSolver()
                .solve(new ArrayRealVector(y, false));
        double[] levels = new double[t];
        levels[0] = 1;
        for (int s = 1; s < t; s++) {
            levels[s] = Math.exp(beta.getEntry(s - 1));
        }
        return levels;
    }
}

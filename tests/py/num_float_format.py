# Float formatting: f/e/g/%, precision, width, sign, grouping, alternate form, str vs format.
x = 1234.5678
print(f"{x:f}|{x:.2f}|{x:10.1f}|{x:<10.1f}|{x:^10.1f}|{x:+.0f}|{x:,.2f}|{x:_.3f}")
print(f"{x:e}|{x:.2e}|{x:E}|{x:g}|{x:.3g}|{x:.10g}|{x:G}")
print(f"{0.000012345:g}|{0.000012345:.2g}|{123456789.0:g}|{1e-5:g}|{1e16:g}|{100.0:g}|{0.0001:g}")
print(f"{0.25:%}|{0.25:.1%}|{-0.5:.0%}|{1/3:.3%}")
print(f"{3.0:.0f}|{2.5:.0f}|{3.5:.0f}|{-0.0:.1f}|{1e300:.2e}|{float('inf'):f}|{float('nan'):>6}")
print(f"{12.0:#.0f}|{12.0:#g}|{0.1:.20f}|{1/3:.17g}")
print(f"{x:012.3f}|{-x:012.3f}|{x: .1f}|{-x: .1f}|{x:=+12.2f}|{x:*^14,.1f}")
print(format(2.5), format(2.5, ""), format(1e16, ""), str(1e16), format(1.0, ".3"), format(1234.5, ".3"))
print("%.3f %e %g %10.2f %-10.2f| %+.1f %5.1f%%" % (x, x, x, x, x, x, 99.5))
print("{:.2f} {:>8.3f} {:08.2f} {:.3e}".format(3.14159, 2.71828, -1.5, 6.02e23))
print(f"{1e-7}", f"{123.0}", f"{1.5:.1f}", f"{5e-324:.3g}", f"{1.7976931348623157e308:.4g}")

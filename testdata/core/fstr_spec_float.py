# format specs on floats
vals = [3.14159, -2.5, 0.0, -0.0, 1234567.891, 1e-5, 1e20, 0.5, 2.5, 100.0]
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', '^12.2e', '+.1f', ' .0f', '010.2f', ',.2f', '_.1f', 'e', '.3e', 'E',
             'g', '.3g', '.10g', 'G', '%', '.1%', '#.0f', '.0f', '#g']:
    print(repr(spec), ' '.join('[' + format(v, spec) + ']' for v in vals))
print(format(float('inf'), 'f'), format(float('-inf'), '.2f'), format(float('nan'), '10.3f'), format(float('inf'), 'e'))
print(format(float('nan'), 'g'), format(float('inf'), '+'), format(1e100, 'g'), format(1e-100, ''))
print(f'{0.125:.2f} {0.375:.2f} {2.675:.2f} {1.5:.0f} {2.5:.0f}')
print(f'{123.456:.1f}', f'{123.456:8.2f}|', f'{-123.456:<9.1f}|', f'{123456789.0:,.2f}')
print(f'{1/3:.15f}', f'{2/3:.20f}', f'{1e16:f}', f'{1.23e-4:f}')

def f():
    return compute_total_value() + 1
f()

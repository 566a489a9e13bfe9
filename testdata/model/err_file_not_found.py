with open('/tmp/minipy_model_err_file_not_found_missing.txt') as f:
    print(f.read())

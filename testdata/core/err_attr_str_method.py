'hello'.push('!')

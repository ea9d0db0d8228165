print("runtop")

import random,os,json
random.seed(2026)
base='/work/shared/data/bbc'
out={}
for d in ['business','entertainment','politics','sport','tech']:
    fs=sorted(os.listdir(os.path.join(base,d)))
    random.shuffle(fs)
    out[d]=fs[:30]
    print(d, ' '.join(fs[:30]))
json.dump(out,open('candidates.json','w'))

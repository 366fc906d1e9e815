# Verify every span in every expected.yaml is an exact substring of the file it points at.
import yaml, glob, os
ok=True; tot=reps=0
for d in sorted(glob.glob('/work/blind/setZ/[0-9][0-9]-*')):
    y=yaml.safe_load(open(os.path.join(d,'expected.yaml')))
    rd=lambda p: open(os.path.join(d,p)).read()
    rel=glob.glob(d+'/related/*.md')
    kind='related' if rel else ('diff' if os.path.exists(d+'/v1.md') else 'check')
    for f in y['findings']:
        tot+=1; reps+= f['category']=='repetition'
        a=rd(f['file']); s=f['spans']
        if kind=='check' or f['category']=='repetition':
            targets=[a]*len(s)
        elif kind=='diff':
            prev={'v2.md':'v1.md','v3.md':'v2.md'}[f['file']]
            targets=[a,rd(prev)]
        else:
            targets=[a,open(rel[0]).read()]
        for sp,t in zip(s,targets):
            c=t.count(sp)
            if c!=1: print('COUNT',c,d,repr(sp)); ok=ok and c>0
            if not 3<=len(sp.split())<=15: print('LEN',d,sp)
        if kind=='diff' and s[1] in a: print('old span still in new',d,s[1])
    print(f"{os.path.basename(d):42s} {kind:8s} {len(y['findings'])}")
print('total',tot,'repetitions',reps,'ALL SPANS FOUND' if ok else 'FAIL')

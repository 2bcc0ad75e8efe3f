; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: in the totally symmetric 10-player game given by its table of 66 count vectors, the optimal expected payoff when all players play the same strategy is exactly 1, attained when all play 1,0,0
; kind: symmetric-count-bound
; subject: Seed 001 section 2.1: ten robots (epsilon = 1)
; fingerprint: game sha256:7f88c284ea21d64e4677e9de5cfdb86fdd140f479f166e0e0784f421f16bae8d
; tool: equicert 0.1.0
; data: {"kind":"symmetric-count-bound","title":"Seed 001 section 2.1: ten robots (epsilon = 1)","players":10,"actions":3,"table":[{"counts":[10,0,0],"payoff":"1"},{"counts":[9,1,0],"payoff":"0"},{"counts":[9,0,1],"payoff":"0"},{"counts":[8,2,0],"payoff":"0"},{"counts":[8,1,1],"payoff":"0"},{"counts":[8,0,2],"payoff":"0"},{"counts":[7,3,0],"payoff":"0"},{"counts":[7,2,1],"payoff":"0"},{"counts":[7,1,2],"payoff":"0"},{"counts":[7,0,3],"payoff":"0"},{"counts":[6,4,0],"payoff":"0"},{"counts":[6,3,1],"payoff":"0"},{"counts":[6,2,2],"payoff":"0"},{"counts":[6,1,3],"payoff":"0"},{"counts":[6,0,4],"payoff":"0"},{"counts":[5,5,0],"payoff":"0"},{"counts":[5,4,1],"payoff":"0"},{"counts":[5,3,2],"payoff":"0"},{"counts":[5,2,3],"payoff":"0"},{"counts":[5,1,4],"payoff":"0"},{"counts":[5,0,5],"payoff":"0"},{"counts":[4,6,0],"payoff":"0"},{"counts":[4,5,1],"payoff":"0"},{"counts":[4,4,2],"payoff":"0"},{"counts":[4,3,3],"payoff":"0"},{"counts":[4,2,4],"payoff":"0"},{"counts":[4,1,5],"payoff":"0"},{"counts":[4,0,6],"payoff":"0"},{"counts":[3,7,0],"payoff":"0"},{"counts":[3,6,1],"payoff":"0"},{"counts":[3,5,2],"payoff":"0"},{"counts":[3,4,3],"payoff":"0"},{"counts":[3,3,4],"payoff":"0"},{"counts":[3,2,5],"payoff":"0"},{"counts":[3,1,6],"payoff":"0"},{"counts":[3,0,7],"payoff":"0"},{"counts":[2,8,0],"payoff":"0"},{"counts":[2,7,1],"payoff":"0"},{"counts":[2,6,2],"payoff":"0"},{"counts":[2,5,3],"payoff":"0"},{"counts":[2,4,4],"payoff":"0"},{"counts":[2,3,5],"payoff":"0"},{"counts":[2,2,6],"payoff":"0"},{"counts":[2,1,7],"payoff":"0"},{"counts":[2,0,8],"payoff":"0"},{"counts":[1,9,0],"payoff":"0"},{"counts":[1,8,1],"payoff":"0"},{"counts":[1,7,2],"payoff":"0"},{"counts":[1,6,3],"payoff":"0"},{"counts":[1,5,4],"payoff":"0"},{"counts":[1,4,5],"payoff":"0"},{"counts":[1,3,6],"payoff":"0"},{"counts":[1,2,7],"payoff":"0"},{"counts":[1,1,8],"payoff":"0"},{"counts":[1,0,9],"payoff":"0"},{"counts":[0,10,0],"payoff":"0"},{"counts":[0,9,1],"payoff":"0"},{"counts":[0,8,2],"payoff":"0"},{"counts":[0,7,3],"payoff":"0"},{"counts":[0,6,4],"payoff":"0"},{"counts":[0,5,5],"payoff":"0"},{"counts":[0,4,6],"payoff":"0"},{"counts":[0,3,7],"payoff":"0"},{"counts":[0,2,8],"payoff":"0"},{"counts":[0,1,9],"payoff":"2"},{"counts":[0,0,10],"payoff":"0"}],"bound":"1","tree":[["split",0,0,1],["bound"],["split",0,0,2],["bound"],["split",0,1,2],["bound"],["bound"]],"witness":["1","0","0"],"witnessValue":"1"}
(set-info :status unsat)
(set-logic QF_LRA)
; q_k: the k-th leaf quantity recomputed from the game (largest Bernstein coefficient minus c, or an
; anchored-test quantity); EU <= c on a leaf when its quantities are <= 0. The leaves cover the domain.
(define-fun q_1 () Real 0.0)
(define-fun q_2 () Real (- (/ 1038335.0 1048576.0)))
(define-fun q_3 () Real (- (/ 251.0 256.0)))
(define-fun q_4 () Real 0.0)
(define-fun bound () Real 1.0)
(define-fun witnessValue () Real 1.0)
; negation: some leaf quantity is positive, or the witness beats the bound
(assert (or (> q_1 0.0)
    (> q_2 0.0)
    (> q_3 0.0)
    (> q_4 0.0)
    (> witnessValue bound)))
(check-sat)
(exit)

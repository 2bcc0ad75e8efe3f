; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: in the totally symmetric 10-player game given by its table of 66 count vectors, when every player plays 0,1/10,9/10, the exact regret of each action (its payoff against the others minus the expected payoff) is action 1: -387420489/500000000, action 2: 0, action 3: 0
; kind: symmetric-count-regret
; subject: Seed 001 section 2.1: ten robots (epsilon = 1)
; fingerprint: game sha256:7f88c284ea21d64e4677e9de5cfdb86fdd140f479f166e0e0784f421f16bae8d
; tool: equicert 0.1.0
; data: {"kind":"symmetric-count-regret","title":"Seed 001 section 2.1: ten robots (epsilon = 1)","players":10,"actions":300000000,"table":[{"counts":[10,0,0],"payoff":"1"},{"counts":[9,1,0],"payoff":"0"},{"counts":[9,0,1],"payoff":"0"},{"counts":[8,2,0],"payoff":"0"},{"counts":[8,1,1],"payoff":"0"},{"counts":[8,0,2],"payoff":"0"},{"counts":[7,3,0],"payoff":"0"},{"counts":[7,2,1],"payoff":"0"},{"counts":[7,1,2],"payoff":"0"},{"counts":[7,0,3],"payoff":"0"},{"counts":[6,4,0],"payoff":"0"},{"counts":[6,3,1],"payoff":"0"},{"counts":[6,2,2],"payoff":"0"},{"counts":[6,1,3],"payoff":"0"},{"counts":[6,0,4],"payoff":"0"},{"counts":[5,5,0],"payoff":"0"},{"counts":[5,4,1],"payoff":"0"},{"counts":[5,3,2],"payoff":"0"},{"counts":[5,2,3],"payoff":"0"},{"counts":[5,1,4],"payoff":"0"},{"counts":[5,0,5],"payoff":"0"},{"counts":[4,6,0],"payoff":"0"},{"counts":[4,5,1],"payoff":"0"},{"counts":[4,4,2],"payoff":"0"},{"counts":[4,3,3],"payoff":"0"},{"counts":[4,2,4],"payoff":"0"},{"counts":[4,1,5],"payoff":"0"},{"counts":[4,0,6],"payoff":"0"},{"counts":[3,7,0],"payoff":"0"},{"counts":[3,6,1],"payoff":"0"},{"counts":[3,5,2],"payoff":"0"},{"counts":[3,4,3],"payoff":"0"},{"counts":[3,3,4],"payoff":"0"},{"counts":[3,2,5],"payoff":"0"},{"counts":[3,1,6],"payoff":"0"},{"counts":[3,0,7],"payoff":"0"},{"counts":[2,8,0],"payoff":"0"},{"counts":[2,7,1],"payoff":"0"},{"counts":[2,6,2],"payoff":"0"},{"counts":[2,5,3],"payoff":"0"},{"counts":[2,4,4],"payoff":"0"},{"counts":[2,3,5],"payoff":"0"},{"counts":[2,2,6],"payoff":"0"},{"counts":[2,1,7],"payoff":"0"},{"counts":[2,0,8],"payoff":"0"},{"counts":[1,9,0],"payoff":"0"},{"counts":[1,8,1],"payoff":"0"},{"counts":[1,7,2],"payoff":"0"},{"counts":[1,6,3],"payoff":"0"},{"counts":[1,5,4],"payoff":"0"},{"counts":[1,4,5],"payoff":"0"},{"counts":[1,3,6],"payoff":"0"},{"counts":[1,2,7],"payoff":"0"},{"counts":[1,1,8],"payoff":"0"},{"counts":[1,0,9],"payoff":"0"},{"counts":[0,10,0],"payoff":"0"},{"counts":[0,9,1],"payoff":"0"},{"counts":[0,8,2],"payoff":"0"},{"counts":[0,7,3],"payoff":"0"},{"counts":[0,6,4],"payoff":"0"},{"counts":[0,5,5],"payoff":"0"},{"counts":[0,4,6],"payoff":"0"},{"counts":[0,3,7],"payoff":"0"},{"counts":[0,2,8],"payoff":"0"},{"counts":[0,1,9],"payoff":"2"},{"counts":[0,0,10],"payoff":"0"}],"strategy":["0","1/10","9/10"],"regrets":["-387420489/500000000","0","0"]}
(set-info :status unsat)
(set-logic QF_LRA)
; e_<action>: the payoff of the action when the other players all play x; value: the expected payoff
(define-fun e_1 () Real 0.0)
(define-fun e_2 () Real (* (/ 387420489.0 1000000000.0) 2.0))
(define-fun e_3 () Real (* (/ 387420489.0 1000000000.0) 2.0))
(define-fun value () Real (+ (* 0.0 e_1) (* (/ 1.0 10.0) e_2) (* (/ 9.0 10.0) e_3)))
; negation: some action's regret is not the stated one
(assert (or (not (= (- e_1 value) (- (/ 387420489.0 500000000.0))))
    (not (= (- e_2 value) 0.0))
    (not (= (- e_3 value) 0.0))))
(check-sat)
(exit)
